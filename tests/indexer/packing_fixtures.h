// Building compressed files and archives in tests: gzip members with zlib,
// tar and other archives with libarchive's writer.
#pragma once

#include <archive.h>
#include <archive_entry.h>
#include <zlib.h>

#include <string>
#include <utility>
#include <vector>

namespace newsarchive::indexer::testing {

// One gzip member holding `data`.
inline std::string gzip(const std::string& data) {
  z_stream z{};
  deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&z, data.size()) + 32, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  deflate(&z, Z_FINISH);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

// An archive entry of any kind: a file, a link, a device.
struct Entry {
  Entry(std::string p, std::string c = "", unsigned t = AE_IFREG, std::string l = "",
        std::string h = "")
      : path(std::move(p)), content(std::move(c)), type(t), link(std::move(l)),
        hardlink(std::move(h)) {}
  std::string path;
  std::string content;  // for a file
  unsigned type;        // AE_IFREG, AE_IFLNK, AE_IFCHR, AE_IFIFO...
  std::string link;     // a symbolic link's target
  std::string hardlink; // a hard link's target
};

// An archive of entries of every kind; `filter` and `format` as for
// archive_of below, and `format` may be ARCHIVE_FORMAT_ZIP too.
inline std::string archive_of_entries(const std::vector<Entry>& entries,
                                      int filter = ARCHIVE_FILTER_NONE,
                                      int format = ARCHIVE_FORMAT_TAR_PAX_RESTRICTED) {
  archive* a = archive_write_new();
  archive_write_add_filter(a, filter);
  archive_write_set_format(a, format);
  archive_write_set_bytes_in_last_block(a, 1);
  std::string out(4 << 20, '\0');
  size_t used = 0;
  archive_write_open_memory(a, out.data(), out.size(), &used);
  for (const Entry& entry : entries) {
    archive_entry* e = archive_entry_new();
    archive_entry_set_pathname(e, entry.path.c_str());
    archive_entry_set_filetype(e, entry.type);
    archive_entry_set_perm(e, 0644);
    if (!entry.link.empty()) archive_entry_set_symlink(e, entry.link.c_str());
    if (!entry.hardlink.empty()) archive_entry_set_hardlink(e, entry.hardlink.c_str());
    const bool data = entry.type == AE_IFREG && entry.hardlink.empty();
    archive_entry_set_size(e, data ? static_cast<la_int64_t>(entry.content.size()) : 0);
    archive_write_header(a, e);
    if (data) archive_write_data(a, entry.content.data(), entry.content.size());
    archive_entry_free(e);
  }
  archive_write_close(a);
  archive_write_free(a);
  out.resize(used);
  return out;
}

// An archive of (path, content) members; `filter` is a libarchive filter
// code (ARCHIVE_FILTER_NONE, ARCHIVE_FILTER_GZIP, ARCHIVE_FILTER_XZ...), and
// `format` ARCHIVE_FORMAT_TAR_PAX_RESTRICTED or ARCHIVE_FORMAT_RAW (one
// member, a lone compressed stream).
inline std::string archive_of(const std::vector<std::pair<std::string, std::string>>& members,
                              int filter = ARCHIVE_FILTER_NONE,
                              int format = ARCHIVE_FORMAT_TAR_PAX_RESTRICTED) {
  std::vector<Entry> entries;
  for (const auto& [path, content] : members) entries.emplace_back(path, content);
  return archive_of_entries(entries, filter, format);
}

}  // namespace newsarchive::indexer::testing
