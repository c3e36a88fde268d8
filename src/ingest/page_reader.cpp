#include "foia/ingest/page_reader.hpp"

#include "foia/record/sha256.hpp"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace foia::ingest {

namespace {

bool is_space(unsigned char byte) {
  return byte == ' ' || byte == '\n' || byte == '\t' || byte == '\r' || byte == '\f' ||
         byte == '\v';
}

// A token looks like a word when most of it is letters and it has at least two of them, or it is a
// number; garbage OCR layers ("~'%;", ".:l1I") fail both. Non-ASCII bytes count as letters, so
// accented names are words.
bool looks_like_word(std::string_view token) {
  std::size_t letters = 0;
  std::size_t digits = 0;
  for (const char byte : token) {
    const auto c = static_cast<unsigned char>(byte);
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80) {
      ++letters;
    } else if (c >= '0' && c <= '9') {
      ++digits;
    }
  }
  const std::size_t alnum = letters + digits;
  if (alnum * 10 < token.size() * 6) {
    return false;
  }
  return letters >= 2 || (digits > 0 && letters == 0);
}

// Cuts `text` to at most `limit` bytes without splitting a UTF-8 sequence.
bool truncate_utf8(std::string& text, std::size_t limit) {
  if (text.size() <= limit) {
    return false;
  }
  std::size_t cut = limit;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) {
    --cut;
  }
  text.resize(cut);
  return true;
}

std::string trim_trailing_space(std::string text) {
  while (!text.empty() && is_space(static_cast<unsigned char>(text.back()))) {
    text.pop_back();
  }
  return text;
}

bool is_dark(std::uint8_t pixel) {
  return pixel < 128;
}

// The walk is an optimisation: a page it cannot follow is rendered at --dpi, and rendering
// reports the damage. (Written as a return from the try block: GCC 12 at -O2 miscompiles
// `std::optional<int> x; try { x = f(); } catch (...) {}`, reading x's engaged flag from stack
// the throwing call never wrote.)
std::optional<int> scan_dpi_or_nothing(const Document& document, int index) {
  try {
    return document.scan_dpi(index);
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

} // namespace

TextLayerStats measure_text_layer(const TextLayer& layer) {
  TextLayerStats stats;
  std::size_t tokens = 0;
  std::size_t words = 0;
  std::size_t start = 0;
  const std::string& text = layer.text;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    const bool boundary = i == text.size() || is_space(static_cast<unsigned char>(text[i]));
    if (!boundary) {
      if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
        ++stats.visible_chars;
      }
      continue;
    }
    if (i > start) {
      ++tokens;
      if (looks_like_word(std::string_view(text).substr(start, i - start))) {
        ++words;
      }
    }
    start = i + 1;
  }
  stats.word_ratio = tokens == 0 ? 0.0 : static_cast<double>(words) / static_cast<double>(tokens);
  const double page_area = layer.page_width * layer.page_height;
  if (page_area > 0) {
    double covered = 0;
    for (const Box& box : layer.words) {
      covered += std::max(0.0, box.width) * std::max(0.0, box.height);
    }
    stats.coverage = std::min(1.0, covered / page_area);
  }
  return stats;
}

TextLayerVerdict judge_text_layer(const TextLayerStats& stats, OcrMode mode) {
  switch (mode) {
  case OcrMode::never:
    return TextLayerVerdict::use_text;
  case OcrMode::always:
    return TextLayerVerdict::ocr;
  case OcrMode::automatic:
    break;
  }
  if (stats.visible_chars >= k_full_page_chars && stats.word_ratio >= k_min_word_ratio) {
    return TextLayerVerdict::use_text;
  }
  if (stats.visible_chars >= k_full_page_chars) {
    return TextLayerVerdict::ocr; // plenty of characters, mostly not words: a bad old OCR layer
  }
  return TextLayerVerdict::check_render;
}

double ink_fraction(const GrayImage& image) {
  if (image.pixels.empty()) {
    return 0;
  }
  const auto dark = std::count_if(image.pixels.begin(), image.pixels.end(), is_dark);
  return static_cast<double>(dark) / static_cast<double>(image.pixels.size());
}

int solid_block_side(int dpi) {
  // 3 pixels at 300 dpi (1/100 inch); 2 pixels at 150 and 200 dpi, where a stroke of 10-point
  // text is only two pixels thick; 4 at 400 dpi.
  const int at = dpi > 0 ? dpi : 300;
  return std::max(2, static_cast<int>(std::lround(3.0 * at / 300.0)));
}

double solid_ink_fraction(const GrayImage& image) {
  const int side = solid_block_side(image.dpi);
  if (image.width < side || image.height < side) {
    return 0;
  }
  const auto width = static_cast<std::size_t>(image.width);
  const auto block = static_cast<std::size_t>(side);
  const auto dark_at = [&image, width](std::size_t x, std::size_t y) {
    return is_dark(image.pixels[y * width + x]);
  };
  std::size_t solid = 0;
  for (std::size_t y = 0; y + block <= static_cast<std::size_t>(image.height); ++y) {
    for (std::size_t x = 0; x + block <= width; ++x) {
      bool all_dark = true;
      for (std::size_t dy = 0; dy < block && all_dark; ++dy) {
        for (std::size_t dx = 0; dx < block && all_dark; ++dx) {
          all_dark = dark_at(x + dx, y + dy);
        }
      }
      solid += all_dark ? 1 : 0;
    }
  }
  return static_cast<double>(solid) / static_cast<double>(image.pixels.size());
}

double ink_outside_words(const GrayImage& image, const TextLayer& layer) {
  if (image.pixels.empty() || layer.page_width <= 0 || layer.page_height <= 0) {
    return ink_fraction(image);
  }
  // Mark the pixels under each word box (plus a margin for ascenders, underlines and stamps'
  // outlines), then count the dark pixels left unmarked.
  const double scale_x = image.width / layer.page_width;
  const double scale_y = image.height / layer.page_height;
  const double margin = 2.0; // points
  std::vector<bool> covered(image.pixels.size(), false);
  for (const Box& box : layer.words) {
    const int x0 =
        std::clamp(static_cast<int>(std::floor((box.x - margin) * scale_x)), 0, image.width);
    const int x1 = std::clamp(static_cast<int>(std::ceil((box.x + box.width + margin) * scale_x)),
                              0, image.width);
    const int y0 =
        std::clamp(static_cast<int>(std::floor((box.y - margin) * scale_y)), 0, image.height);
    const int y1 = std::clamp(static_cast<int>(std::ceil((box.y + box.height + margin) * scale_y)),
                              0, image.height);
    for (int y = y0; y < y1; ++y) {
      const auto row = static_cast<std::size_t>(y) * static_cast<std::size_t>(image.width);
      std::fill(covered.begin() + static_cast<std::ptrdiff_t>(row + static_cast<std::size_t>(x0)),
                covered.begin() + static_cast<std::ptrdiff_t>(row + static_cast<std::size_t>(x1)),
                true);
    }
  }
  std::size_t unexplained = 0;
  for (std::size_t i = 0; i < image.pixels.size(); ++i) {
    if (!covered[i] && is_dark(image.pixels[i])) {
      ++unexplained;
    }
  }
  return static_cast<double>(unexplained) / static_cast<double>(image.pixels.size());
}

PageReader::PageReader(const DocumentSource& source, EngineFactory make_engine,
                       IngestOptions options)
    : m_source(source), m_make_engine(std::move(make_engine)), m_options(std::move(options)) {}

const Document& PageReader::open(const InputFile& input) {
  if (m_open_document == nullptr || m_open_path != input.path) {
    m_open_document.reset();
    m_open_path.clear();
    m_open_document = m_source.open(input.path, input.format == InputFormat::image);
    m_open_path = input.path;
  }
  return *m_open_document;
}

OcrEngine& PageReader::engine() {
  if (m_engine == nullptr) {
    m_engine = m_make_engine();
  }
  return *m_engine;
}

record::DocumentRecord PageReader::read_document(const InputFile& input) {
  record::DocumentRecord out;
  out.path = input.path;
  out.format = input.format == InputFormat::image ? "image" : "pdf";
  if (!input.error.empty()) {
    out.error = input.error;
    return out;
  }
  try {
    out.doc = record::sha256_file(input.path);
    const Document& document = open(input);
    out.encrypted = document.encrypted();
    out.metadata = document.metadata();
    out.pages = document.page_count();
    if (out.pages > m_options.max_pages) {
      out.error = "document has " + std::to_string(out.pages) + " pages; only the first " +
                  std::to_string(m_options.max_pages) + " are read (--max-pages)";
      out.pages = m_options.max_pages;
    }
  } catch (const EncryptedDocumentError& error) {
    out.encrypted = true;
    out.error = error.what();
    out.pages = 0;
  } catch (const std::exception& error) {
    // The record carries the path: "PATH: cannot open: Permission denied" loses the "PATH: ".
    std::string_view message = error.what();
    if (const std::string named = input.path + ": "; message.starts_with(named)) {
      message.remove_prefix(named.size());
    }
    out.error = std::string(message);
    out.pages = 0;
  }
  return out;
}

int PageReader::render_dpi(const Document& document, int index, int wanted,
                           std::vector<std::string>* notes) const {
  if (document.is_image()) {
    return wanted;
  }
  const Box size = document.page_size(index);
  const double square_inches = (size.width / 72.0) * (size.height / 72.0);
  if (square_inches <= 0 ||
      square_inches * wanted * wanted <= static_cast<double>(m_options.max_page_pixels)) {
    return wanted;
  }
  const int lowered = static_cast<int>(
      std::floor(std::sqrt(static_cast<double>(m_options.max_page_pixels) / square_inches)));
  if (lowered < 20) {
    throw DocumentError("page too large to render (" + std::to_string(std::lround(size.width)) +
                        "x" + std::to_string(std::lround(size.height)) + " pt)");
  }
  if (notes != nullptr) {
    std::ostringstream note;
    note << "rendered at " << lowered << " dpi instead of " << wanted << " (page is "
         << std::lround(size.width / 72.0) << "x" << std::lround(size.height / 72.0)
         << " in, over the pixel cap)";
    notes->push_back(note.str());
  }
  return lowered;
}

int PageReader::ocr_dpi(const Document& document, int index,
                        std::vector<std::string>& notes) const {
  if (!m_options.own_dpi || document.is_image()) {
    return m_options.dpi;
  }
  const std::optional<int> scan = scan_dpi_or_nothing(document, index);
  if (!scan) {
    return m_options.dpi;
  }
  const int dpi = std::clamp(*scan, std::min(k_min_scan_dpi, m_options.dpi), m_options.dpi);
  if (dpi != m_options.dpi) {
    notes.push_back("rendered at " + std::to_string(dpi) + " dpi, " +
                    (dpi == *scan
                         ? std::string("the scan's own resolution")
                         : "the nearest to the scan's own " + std::to_string(*scan) + " dpi"));
  }
  return dpi;
}

void PageReader::recognize(const Document& document, int index, TextLayer& layer, bool check_first,
                           record::PageRecord& out) {
  if (check_first && !layer.text.empty()) {
    // A thin text layer (a date, a name, a Bates stamp): see cheaply, at low resolution,
    // whether the page holds ink the layer does not account for before paying for OCR.
    const GrayImage preview =
        document.render(index, render_dpi(document, index, k_preview_dpi, nullptr));
    layer.words = document.word_boxes(index);
    if (ink_outside_words(preview, layer) < k_unexplained_ink) {
      out.method = record::Method::text;
      out.text = layer.text;
      return;
    }
  }
  const int dpi = ocr_dpi(document, index, out.notes);
  const GrayImage image = document.render(index, render_dpi(document, index, dpi, &out.notes));
  if (solid_ink_fraction(image) < k_blank_ink) {
    out.method = layer.text.empty() ? record::Method::none : record::Method::text;
    out.text = layer.text;
    if (layer.text.empty()) {
      out.notes.emplace_back("blank page");
    }
    return;
  }
  const OcrResult result = engine().recognize(image);
  out.method = record::Method::ocr;
  out.text = result.text;
  out.confidence = std::round(result.confidence * 10.0) / 10.0;
}

record::PageRecord PageReader::read_page(const InputFile& input, const std::string& doc, int page) {
  record::PageRecord out;
  out.doc = doc;
  out.path = input.path;
  out.page = page;
  try {
    const Document& document = open(input);
    document.take_problems(); // what opening it said belongs to the document, not this page
    const int index = page - 1;
    TextLayer layer;
    TextLayerVerdict verdict = TextLayerVerdict::ocr;
    if (!document.is_image()) {
      layer = document.text_layer(index);
      layer.text = trim_trailing_space(std::move(layer.text)); // a layer of only spaces is empty
      verdict = judge_text_layer(measure_text_layer(layer), m_options.ocr_mode);
    } else if (m_options.ocr_mode == OcrMode::never) {
      out.notes.emplace_back("image not OCR'd (--ocr never)");
      verdict = TextLayerVerdict::use_text;
    }
    if (verdict == TextLayerVerdict::use_text) {
      out.text = layer.text;
      out.method = out.text.empty() ? record::Method::none : record::Method::text;
    } else {
      recognize(document, index, layer, verdict == TextLayerVerdict::check_render, out);
    }
    // Damage the library skipped over (a page dictionary cut short, a broken stream) can leave a
    // page empty or short: say so, and do not call it blank.
    if (const std::string problems = document.take_problems(); !problems.empty()) {
      std::erase(out.notes, "blank page");
      out.notes.push_back("damaged page: the PDF library reported: " + problems);
    }
  } catch (const std::exception& error) {
    out.error = error.what();
  }
  out.text = trim_trailing_space(std::move(out.text));
  if (truncate_utf8(out.text, m_options.max_page_text_bytes)) {
    out.notes.push_back("text cut at " + std::to_string(m_options.max_page_text_bytes) +
                        " bytes (--max-page-text)");
  }
  if (out.method != record::Method::none &&
      std::all_of(out.text.begin(), out.text.end(),
                  [](char byte) { return is_space(static_cast<unsigned char>(byte)); })) {
    out.method = record::Method::none;
    out.confidence.reset();
  }
  return out;
}

} // namespace foia::ingest
