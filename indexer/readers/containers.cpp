#include "readers/containers.h"

#include <archive.h>
#include <archive_entry.h>

#include <algorithm>
#include <array>

#include "readers/expansion_guard.h"
#include "readers/limit_messages.h"

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

// The current member's data, read through archive_read_data, held to the
// expansion limit (see Unpacker).
class MemberStream final : public ByteStream {
 public:
  MemberStream(archive* a, const Limits& limits)
      : archive_(a), limits_(limits), one_stream_(archive_filter_count(a) > 1),
        start_(static_cast<std::uint64_t>(archive_filter_bytes(a, -1))) {}

  std::size_t read(char* buffer, std::size_t size) override {
    if (!error().empty() || finished_) return 0;
    const la_ssize_t got = archive_read_data(archive_, buffer, size);
    if (got < 0) {
      fail(archive_message(archive_, "unreadable compressed data"));
      return 0;
    }
    std::size_t n = static_cast<std::size_t>(got);
    if (n == 0) finished_ = true;
    // A compressed stream from its start; a zip member from its own. A
    // sparse tar member gives more than the stream holds (its holes read as
    // zeros), so the member's own bytes count too.
    const auto raw = static_cast<std::uint64_t>(archive_filter_bytes(archive_, -1));
    const std::uint64_t compressed = one_stream_ ? raw : raw - std::min(raw, start_);
    const std::uint64_t expanded =
        one_stream_ ? std::max(static_cast<std::uint64_t>(archive_filter_bytes(archive_, 0)),
                               offset() + n)
                    : offset() + n;
    const std::uint64_t allowed = expansion_allowed(limits_, compressed);
    if (expanded > allowed) {
      const std::uint64_t over = expanded - allowed;
      n = over >= n ? 0 : n - static_cast<std::size_t>(over);
      fail_at_limit(over_expansion_limit(limits_, allowed, compressed));
    }
    advance(n);
    return n;
  }

  bool finished() const { return finished_; }
  bool one_stream() const { return one_stream_; }

 private:
  archive* archive_;
  const Limits& limits_;
  bool one_stream_;
  std::uint64_t start_;
  bool finished_ = false;
};

namespace {

// What a member that is not a file is, for the report.
std::string not_a_file(archive_entry* entry) {
  if (const char* target = archive_entry_hardlink(entry))
    return std::string("a hard link to ") + target;
  switch (archive_entry_filetype(entry)) {
    case AE_IFLNK: {
      const char* target = archive_entry_symlink(entry);
      return std::string("a symbolic link") + (target ? std::string(" to ") + target : "");
    }
    case AE_IFCHR: return "a character device";
    case AE_IFBLK: return "a block device";
    case AE_IFIFO: return "a FIFO";
    case AE_IFSOCK: return "a socket";
    default: return "not a regular file";
  }
}

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
  Limits limits;
  std::unique_ptr<MemberStream> current;
  Impl(bool archives, const Limits& l) : handle(new_reader(archives)), limits(l) {}
  Impl(const Impl&) = delete;
  Impl& operator=(const Impl&) = delete;
  ~Impl() { archive_read_free(handle); }
};

Unpacker::Unpacker(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Unpacker::~Unpacker() = default;

template <typename Open>
std::unique_ptr<Unpacker::Impl> Unpacker::open(Open&& open, std::string& error,
                                               const Limits& limits) {
  for (const bool archives : {true, false}) {
    auto impl = std::make_unique<Impl>(archives, limits);
    if (open(impl->handle) == ARCHIVE_OK) return impl;
    if (error.empty()) error = archive_message(impl->handle, "cannot open as an archive");
  }
  return nullptr;
}

std::unique_ptr<Unpacker> Unpacker::open_file(const std::string& path, std::string& error,
                                             const Limits& limits) {
  auto impl = open([&](archive* a) { return archive_read_open_filename(a, path.c_str(), 1 << 16); },
                   error, limits);
  return impl ? std::unique_ptr<Unpacker>(new Unpacker(std::move(impl))) : nullptr;
}

std::unique_ptr<Unpacker> Unpacker::open_memory(std::string_view bytes, std::string& error,
                                               const Limits& limits) {
  auto impl = open(
      [&](archive* a) { return archive_read_open_memory(a, bytes.data(), bytes.size()); }, error,
      limits);
  return impl ? std::unique_ptr<Unpacker>(new Unpacker(std::move(impl))) : nullptr;
}

// In one compressed stream, the rest of the current member is read here,
// under the limit, rather than skipped by libarchive, which would follow a
// bomb to its end. False (error_ set) if the limit is crossed.
bool Unpacker::drain_member() {
  MemberStream* m = impl_->current.get();
  if (m == nullptr || !m->one_stream() || !m->error().empty()) return true;
  char scratch[1 << 16];
  while (m->read(scratch, sizeof scratch) > 0) {
  }
  if (m->stopped_at_limit()) {
    error_ = m->error();
    return false;
  }
  return true;
}

bool Unpacker::can_go_on_after_member() const {
  const MemberStream* m = impl_->current.get();
  if (m == nullptr || m->one_stream()) return false;
  // A member cut at a limit is passed over by its stored length; in a zip,
  // each member is found from the directory whatever the one before held.
  return m->stopped_at_limit() ||
         (archive_format(impl_->handle) & ARCHIVE_FORMAT_BASE_MASK) == ARCHIVE_FORMAT_ZIP;
}

bool Unpacker::next() {
  if (!error_.empty()) return false;
  if (impl_->current && impl_->current->one_stream() && impl_->current->stopped_at_limit()) {
    error_ = impl_->current->error();
    return false;
  }
  if (!drain_member()) return false;
  impl_->current.reset();
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
      const char* path = archive_entry_pathname(entry);
      const std::string name = path != nullptr ? path : "";
      if (archive_entry_filetype(entry) == AE_IFDIR) continue;
      if (archive_entry_filetype(entry) != AE_IFREG || archive_entry_hardlink(entry) != nullptr) {
        skipped_.push_back({name, not_a_file(entry)});
        continue;
      }
      member_ = name;
    }
    impl_->current = std::make_unique<MemberStream>(impl_->handle, impl_->limits);
    return true;
  }
}

ByteStream& Unpacker::data() {
  if (!impl_->current)
    impl_->current = std::make_unique<MemberStream>(impl_->handle, impl_->limits);
  return *impl_->current;
}

bool Unpacker::is_archive() const {
  const int format = archive_format(impl_->handle);
  return (format & ARCHIVE_FORMAT_BASE_MASK) != ARCHIVE_FORMAT_RAW;
}

}  // namespace newsarchive::indexer
