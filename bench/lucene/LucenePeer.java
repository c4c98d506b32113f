// The peer of the floor in bench/index_throughput.sh: Lucene 4.10 (Debian's
// liblucene4.10-java) indexing the same article files the floor and newsindex
// read, the way a first Lucene program would. One thread, EnglishAnalyzer
// (its default stop words, possessive filter and Porter stemmer), an
// IndexWriter with the default configuration (16 MB RAM buffer, tiered merge
// policy), one document per file holding the whole file's text in one field,
// indexed with positions and stored, as the floor stores its text as document
// data; one commit at the end.
//
//   java LucenePeer index INDEX_DIR INPUT...   (files, or directories walked)
//   java LucenePeer merge INDEX_DIR            force-merge to one segment, the
//                                              counterpart of xapian-compact
//
// Prints one line with the count, the megabytes read and the time taken.
// Bytes that are not UTF-8 become U+FFFD, as Java's decoder does.

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Version;

public final class LucenePeer {
  private LucenePeer() {}

  private static List<Path> inputFiles(String[] args, int first) throws IOException {
    List<Path> files = new ArrayList<>();
    for (int i = first; i < args.length; ++i) {
      Path p = Paths.get(args[i]);
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile).forEach(files::add);
        }
      } else {
        files.add(p);
      }
    }
    Collections.sort(files);
    return files;
  }

  private static IndexWriterConfig config(IndexWriterConfig.OpenMode mode) {
    IndexWriterConfig c = new IndexWriterConfig(Version.LUCENE_4_10_4, new EnglishAnalyzer());
    c.setOpenMode(mode);
    return c;
  }

  private static void index(String indexDir, List<Path> files) throws IOException {
    long start = System.nanoTime();
    long bytes = 0;
    try (Directory dir = FSDirectory.open(new File(indexDir));
         IndexWriter writer = new IndexWriter(dir, config(IndexWriterConfig.OpenMode.CREATE))) {
      for (Path f : files) {
        byte[] raw = Files.readAllBytes(f);
        bytes += raw.length;
        Document doc = new Document();
        doc.add(new TextField("text", new String(raw, StandardCharsets.UTF_8), Field.Store.YES));
        writer.addDocument(doc);
      }
      writer.commit();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf("lucene: %d articles, %.1f MB in %.2f s: %.0f articles/s%n", files.size(),
                      bytes / 1e6, seconds, files.size() / seconds);
  }

  private static void merge(String indexDir) throws IOException {
    long start = System.nanoTime();
    try (Directory dir = FSDirectory.open(new File(indexDir));
         IndexWriter writer = new IndexWriter(dir, config(IndexWriterConfig.OpenMode.APPEND))) {
      writer.forceMerge(1);
      writer.commit();
    }
    System.out.printf("lucene: merged to one segment in %.2f s%n",
                      (System.nanoTime() - start) / 1e9);
  }

  public static void main(String[] args) throws IOException {
    if (args.length >= 3 && args[0].equals("index")) {
      index(args[1], inputFiles(args, 2));
    } else if (args.length == 2 && args[0].equals("merge")) {
      merge(args[1]);
    } else {
      System.err.println("usage: LucenePeer index INDEX_DIR INPUT... | LucenePeer merge INDEX_DIR");
      System.exit(2);
    }
  }
}
