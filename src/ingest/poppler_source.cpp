// PDFs through poppler-cpp. Each worker process is single-threaded, so the global error hook
// below only ever sees its own document's messages.
#include "foia/ingest/document.hpp"

#include "scan_resolution.hpp"

#include <poppler/PDFDoc.h>
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-image.h>
#include <poppler/cpp/poppler-page-renderer.h>
#include <poppler/cpp/poppler-page.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <ctime>
#include <fstream>
#include <regex>
#include <utility>
#include <sys/stat.h>

namespace foia::ingest {

std::unique_ptr<Document> open_image(const std::string& path); // image_source.cpp

namespace {

// What Poppler printed since it was last cleared (on opening a document, and by
// take_problems): its first message, for error texts and notes, and how many there were.
struct PopplerMessages {
  std::string first;
  int count = 0;
};
PopplerMessages g_poppler_messages;

// Poppler's messages read "error (1304982): Unknown filter 'BrotliDecode'<0a>"; keep the words.
std::string clean_poppler_message(std::string message) {
  static const std::regex k_prefix(R"(^\s*(syntax )?error( \(-?\d+\))?:\s*)", std::regex::icase);
  message = std::regex_replace(message, k_prefix, "");
  for (const char* junk : {"<0a>", "<0d>", "\n", "\r"}) {
    for (auto at = message.find(junk); at != std::string::npos; at = message.find(junk)) {
      message.erase(at, std::string_view(junk).size());
    }
  }
  while (!message.empty() && (message.back() == ' ' || message.back() == ',')) {
    message.pop_back();
  }
  return message;
}

void collect_poppler_message(const std::string& message, void* /*closure*/) {
  if (g_poppler_messages.count++ == 0) {
    g_poppler_messages.first = clean_poppler_message(message);
  }
}

// " (what Poppler said)" when it said anything.
std::string poppler_detail() {
  const std::string& first = g_poppler_messages.first;
  return first.empty() ? std::string() : " (" + first + ")";
}

std::string utf8(const poppler::ustring& text) {
  const poppler::byte_array bytes = text.to_utf8();
  return std::string(bytes.begin(), bytes.end());
}

std::string iso_date(std::time_t when) {
  if (when == static_cast<std::time_t>(-1) || when == 0) {
    return {};
  }
  std::tm utc{};
  if (gmtime_r(&when, &utc) == nullptr) {
    return {};
  }
  std::array<char, 32> buffer{};
  std::strftime(buffer.data(), buffer.size(), "%Y-%m-%dT%H:%M:%SZ", &utc);
  return buffer.data();
}

// Why a file that Poppler refused is not a PDF we can read, in words a user understands.
std::string diagnose_unreadable(const std::string& path) {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) {
    return std::string("cannot open: ") + std::strerror(errno);
  }
  if (S_ISDIR(info.st_mode)) {
    return "is a folder, not a PDF";
  }
  if (info.st_size == 0) {
    return "empty file (0 bytes)";
  }
  std::ifstream file(path, std::ios::binary);
  if (!file) {
    return std::string("cannot open: ") + std::strerror(errno);
  }
  std::string head(1024, '\0');
  file.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<std::size_t>(file.gcount()));
  if (head.find("%PDF-") == std::string::npos) {
    return "not a PDF: no %PDF header";
  }
  return "damaged PDF: Poppler could not read it" + poppler_detail();
}

class PopplerDocument final : public Document {
public:
  PopplerDocument(std::unique_ptr<poppler::document> document, std::string path)
      : m_document(std::move(document)), m_path(std::move(path)) {}

  int page_count() const override { return m_document->pages(); }
  bool encrypted() const override { return m_document->is_encrypted(); }

  std::string take_problems() const override {
    const PopplerMessages messages = std::exchange(g_poppler_messages, {});
    if (messages.count == 0) {
      return {};
    }
    std::string problems = messages.first.empty() ? "unreadable data" : messages.first;
    if (messages.count > 1) {
      problems += ", and " + std::to_string(messages.count - 1) + " more";
    }
    return problems;
  }

  record::Metadata metadata() const override {
    record::Metadata metadata;
    metadata.title = utf8(m_document->info_key("Title"));
    metadata.author = utf8(m_document->info_key("Author"));
    metadata.subject = utf8(m_document->info_key("Subject"));
    metadata.creator = utf8(m_document->info_key("Creator"));
    metadata.producer = utf8(m_document->info_key("Producer"));
    metadata.created = iso_date(m_document->info_date_t("CreationDate"));
    metadata.modified = iso_date(m_document->info_date_t("ModDate"));
    return metadata;
  }

  TextLayer text_layer(int index) const override {
    const auto page = load_page(index);
    TextLayer layer;
    // Physical layout, as `pdftotext -layout`: printed emails and memos put a label and its value
    // ("Sent:" and the date) on one line only in this order, and OCR text reads the same way.
    layer.text = utf8(page->text(poppler::rectf(), poppler::page::physical_layout));
    const Box size = oriented_size(*page);
    layer.page_width = size.width;
    layer.page_height = size.height;
    return layer;
  }

  std::vector<Box> word_boxes(int index) const override {
    const auto page = load_page(index);
    std::vector<Box> boxes;
    for (const poppler::text_box& word : page->text_list()) {
      const poppler::rectf box = word.bbox();
      boxes.push_back(Box{box.x(), box.y(), box.width(), box.height()});
    }
    return boxes;
  }

  Box page_size(int index) const override { return oriented_size(*load_page(index)); }

  GrayImage render(int index, int dpi) const override {
    const auto page = load_page(index);
    poppler::page_renderer renderer;
    renderer.set_image_format(poppler::image::format_gray8);
    renderer.set_render_hint(poppler::page_renderer::antialiasing, true);
    renderer.set_render_hint(poppler::page_renderer::text_antialiasing, true);
    const poppler::image image = renderer.render_page(page.get(), dpi, dpi);
    if (!image.is_valid() || image.width() <= 0 || image.height() <= 0) {
      throw DocumentError("could not render page " + std::to_string(index + 1));
    }
    GrayImage gray;
    gray.width = image.width();
    gray.height = image.height();
    gray.dpi = dpi;
    const auto width = static_cast<std::size_t>(gray.width);
    gray.pixels.resize(width * static_cast<std::size_t>(gray.height));
    const auto stride = static_cast<std::size_t>(image.bytes_per_row());
    for (std::size_t row = 0; row < static_cast<std::size_t>(gray.height); ++row) {
      std::memcpy(gray.pixels.data() + row * width, image.const_data() + row * stride, width);
    }
    return gray;
  }

  std::optional<int> scan_dpi(int index) const override {
    // A second reading of the file through Poppler's core, opened on first use; what it
    // complains about was said already, or will be, by the reading that makes the record.
    const PopplerMessages before = g_poppler_messages;
    if (m_core == nullptr) {
      m_core = std::make_unique<PDFDoc>(std::make_unique<GooString>(m_path));
    }
    const std::optional<ScanResolution> resolution = scan_resolution(*m_core, index + 1);
    g_poppler_messages = before;
    if (!resolution) {
      return std::nullopt;
    }
    // A hostile page (an image of many pixels on a page a point wide) can claim any resolution;
    // the caller keeps it under --dpi, this keeps the conversion defined.
    const double dpi = std::min(std::max(resolution->dpi_x, resolution->dpi_y), 1e6);
    return static_cast<int>(std::lround(dpi));
  }

private:
  std::unique_ptr<poppler::page> load_page(int index) const {
    std::unique_ptr<poppler::page> page(m_document->create_page(index));
    if (page == nullptr) {
      const std::string problems = take_problems(); // "Loop in Pages tree", ...
      throw DocumentError("page " + std::to_string(index + 1) + " could not be read" +
                          (problems.empty() ? std::string() : " (" + problems + ")"));
    }
    return page;
  }

  static Box oriented_size(const poppler::page& page) {
    const poppler::rectf rect = page.page_rect(poppler::crop_box);
    const bool sideways = page.orientation() == poppler::page::landscape ||
                          page.orientation() == poppler::page::seascape;
    return sideways ? Box{0, 0, rect.height(), rect.width()}
                    : Box{0, 0, rect.width(), rect.height()};
  }

  std::unique_ptr<poppler::document> m_document;
  std::string m_path;
  mutable std::unique_ptr<PDFDoc> m_core; ///< for scan_dpi only
};

class DefaultSource final : public DocumentSource {
public:
  DefaultSource() { poppler::set_debug_error_function(&collect_poppler_message, nullptr); }

  std::unique_ptr<Document> open(const std::string& path, bool is_image) const override {
    if (is_image) {
      return open_image(path);
    }
    g_poppler_messages = {};
    std::unique_ptr<poppler::document> document(poppler::document::load_from_file(path));
    if (document == nullptr) {
      throw DocumentError(diagnose_unreadable(path));
    }
    if (document->is_locked()) {
      throw EncryptedDocumentError("encrypted PDF: a password is required");
    }
    if (document->pages() <= 0) {
      throw DocumentError("PDF has no pages" + poppler_detail());
    }
    return std::make_unique<PopplerDocument>(std::move(document), path);
  }
};

} // namespace

std::unique_ptr<DocumentSource> make_default_source() {
  return std::make_unique<DefaultSource>();
}

} // namespace foia::ingest
