#include "readers/containers.h"

#include <archive.h>
#include <archive_entry.h>

#include <array>

namespace newsarchive::indexer {
namespace {

constexpr std::array<std::string_view, 5> kCompressionSuffixes = {".gz", ".bz2", ".xz", ".zst",
                                                                  ".zstd"};
constexpr std::array<std::string_view, 6> kArchiveSuffixes = {".tar", ".tgz", ".tbz2",
                                                              ".txz", ".tzst", ".zip"};

bool ends_with_nocase(std::string_view s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  s.remove_prefix(s.size() - suffix.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != suffix[i]) return false;
  }
  return true;
}

std::string archive_message(archive* a, const char* fallback) {
  const char* m = archive_error_string(a);
  return m != nullptr && *m != '\0' ? m : fallback;
}

}  // namespace

Packing sniff_packing(std::string_view head) {
  auto starts = [&](std::string_view magic) { return head.substr(0, magic.size()) == magic; };
  if (starts("\x1f\x8b") || starts("BZh") || starts(std::string_view("\xfd" "7zXZ\0", 6)) ||
      starts("\x28\xb5\x2f\xfd"))
    return Packing::compressed;
  if (head.size() >= 262 && head.substr(257, 5) == "ustar") return Packing::archive;
  if (starts("PK\x03\x04")) return Packing::archive;
  return Packing::plain;
}

bool has_compression_suffix(std::string_view name) {
  for (std::string_view s : kCompressionSuffixes)
    if (ends_with_nocase(name, s)) return true;
  return false;
}

std::string without_compression_suffix(std::string_view name) {
  for (std::string_view s : kCompressionSuffixes)
    if (ends_with_nocase(name, s)) return std::string(name.substr(0, name.size() - s.size()));
  return std::string(name);
}

bool is_archive_name(std::string_view name) {
  for (std::string_view s : kArchiveSuffixes)
    if (ends_with_nocase(name, s)) return true;
  return ends_with_nocase(without_compression_suffix(name), ".tar");
}

// The current member's data, read through archive_read_data.
class MemberStream final : public ByteStream {
 public:
  explicit MemberStream(archive* a) : archive_(a) {}
  std::size_t read(char* buffer, std::size_t size) override {
    if (!error().empty()) return 0;
    const la_ssize_t n = archive_read_data(archive_, buffer, size);
    if (n < 0) {
      fail(archive_message(archive_, "unreadable compressed data"));
      return 0;
    }
    advance(static_cast<std::size_t>(n));
    return static_cast<std::size_t>(n);
  }

 private:
  archive* archive_;
};

namespace {

// With `archives`, tar and zip are told apart from a lone compressed
// stream (the "raw" format, which bids last); without, it is taken as one.
archive* new_reader(bool archives) {
  archive* a = archive_read_new();
  archive_read_support_filter_all(a);
  if (archives) {
    archive_read_support_format_tar(a);
    archive_read_support_format_gnutar(a);
    archive_read_support_format_zip(a);
  }
  archive_read_support_format_raw(a);
  return a;
}

}  // namespace

struct Unpacker::Impl {
  archive* handle;
  std::unique_ptr<MemberStream> current;
  explicit Impl(bool archives) : handle(new_reader(archives)) {}
  Impl(const Impl&) = delete;
  Impl& operator=(const Impl&) = delete;
  ~Impl() { archive_read_free(handle); }
};

Unpacker::Unpacker(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Unpacker::~Unpacker() = default;

template <typename Open>
std::unique_ptr<Unpacker::Impl> Unpacker::open(Open&& open, std::string& error) {
  for (const bool archives : {true, false}) {
    auto impl = std::make_unique<Impl>(archives);
    if (open(impl->handle) == ARCHIVE_OK) return impl;
    if (error.empty()) error = archive_message(impl->handle, "cannot open as an archive");
  }
  return nullptr;
}

std::unique_ptr<Unpacker> Unpacker::open_file(const std::string& path, std::string& error) {
  auto impl = open([&](archive* a) { return archive_read_open_filename(a, path.c_str(), 1 << 16); },
                   error);
  return impl ? std::unique_ptr<Unpacker>(new Unpacker(std::move(impl))) : nullptr;
}

std::unique_ptr<Unpacker> Unpacker::open_memory(std::string_view bytes, std::string& error) {
  auto impl = open(
      [&](archive* a) { return archive_read_open_memory(a, bytes.data(), bytes.size()); }, error);
  return impl ? std::unique_ptr<Unpacker>(new Unpacker(std::move(impl))) : nullptr;
}

bool Unpacker::next() {
  if (!error_.empty()) return false;
  for (;;) {
    archive_entry* entry = nullptr;
    const int r = archive_read_next_header(impl_->handle, &entry);
    if (r == ARCHIVE_EOF) return false;
    if (r == ARCHIVE_RETRY) {  // a damaged entry; the next may be fine
      problems_.push_back(archive_message(impl_->handle, "damaged archive entry"));
      if (problems_.size() > 1000) {
        error_ = "too many damaged entries";
        return false;
      }
      continue;
    }
    if (r < ARCHIVE_WARN) {
      error_ = archive_message(impl_->handle, "unreadable archive");
      return false;
    }
    if (r == ARCHIVE_WARN) problems_.push_back(archive_message(impl_->handle, "archive warning"));
    if (!is_archive()) {
      member_.clear();
    } else {
      if (archive_entry_filetype(entry) != AE_IFREG) continue;
      const char* path = archive_entry_pathname(entry);
      member_ = path != nullptr ? path : "";
    }
    impl_->current = std::make_unique<MemberStream>(impl_->handle);
    return true;
  }
}

ByteStream& Unpacker::data() {
  if (!impl_->current) impl_->current = std::make_unique<MemberStream>(impl_->handle);
  return *impl_->current;
}

bool Unpacker::is_archive() const {
  const int format = archive_format(impl_->handle);
  return (format & ARCHIVE_FORMAT_BASE_MASK) != ARCHIVE_FORMAT_RAW;
}

}  // namespace newsarchive::indexer
