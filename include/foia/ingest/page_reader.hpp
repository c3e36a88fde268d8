#pragma once
// Turning one document, or one page of it, into records: the per-page OCR decision and the
// limits. Runs inside a worker process; knows nothing of processes or ordering.

#include "foia/ingest/document.hpp"
#include "foia/ingest/inputs.hpp"
#include "foia/ingest/options.hpp"
#include "foia/record/record.hpp"

#include <functional>
#include <memory>

namespace foia::ingest {

/// How trustworthy a page's text layer looks, measured without rendering.
struct TextLayerStats {
  std::size_t visible_chars = 0; ///< code points that are not white space
  double word_ratio = 0;         ///< share of tokens that look like words (0 when no tokens)
  double coverage = 0;           ///< share of the page area under word boxes
};

/// Measures a text layer.
TextLayerStats measure_text_layer(const TextLayer& layer);

/// What to do with a PDF page before any rendering.
enum class TextLayerVerdict {
  use_text,     ///< a real text layer: take it, no rendering
  check_render, ///< little or no text: render and see whether the image holds more
  ocr,          ///< junk text or OCR forced: render and recognise
};

/// The decision for `mode` from the layer's stats (auto: a layer with at least
/// k_full_page_chars visible characters, mostly words, is used as is; one that is mostly
/// non-words is junk; anything thinner is checked against the rendered page).
TextLayerVerdict judge_text_layer(const TextLayerStats& stats, OcrMode mode);

/// Share of the image's pixels that are dark (ink).
double ink_fraction(const GrayImage& image);
/// Side, in pixels, of the dark square solid_ink_fraction looks for at `dpi` (0: 300): about
/// 1/100 inch, at least 2 pixels.
int solid_block_side(int dpi);
/// Share of the image's pixels that start a square of dark pixels solid_block_side(image.dpi)
/// wide (3x3 at 300 dpi): ink in strokes, not the isolated specks a photocopier or scanner leaves
/// on an empty page. Measured in inches, so a page reads the same at any resolution.
double solid_ink_fraction(const GrayImage& image);
/// Share of the image's pixels that are dark and lie outside every word box (scaled from points
/// to the image's pixels, with a small margin): ink the text layer does not account for.
double ink_outside_words(const GrayImage& image, const TextLayer& layer);

inline constexpr std::size_t k_full_page_chars = 200;
inline constexpr double k_min_word_ratio = 0.5;
/// Pages with less solid ink than this are blank: speckle on an empty scan measures about
/// 0.00003, a lone Bates stamp at 300 dpi about 0.0004.
inline constexpr double k_blank_ink = 0.0001;
/// Pages whose text layer leaves less ink than this unexplained need no OCR.
inline constexpr double k_unexplained_ink = 0.001;
/// Resolution of the quick render that checks a thin text layer against the page.
inline constexpr int k_preview_dpi = 100;

/// A page that is one embedded scan is OCR'd at the scan's own resolution, but at no less than
/// this and no more than --dpi: scans finer than 300 dpi read no better at their own resolution
/// and take longer (docs/performance.md).
inline constexpr int k_min_scan_dpi = 150;

/// Reads documents and pages with a source and a lazily created OCR engine.
class PageReader {
public:
  using EngineFactory = std::function<std::unique_ptr<OcrEngine>()>;

  PageReader(const DocumentSource& source, EngineFactory make_engine, IngestOptions options);

  /// The document line for `input`: hash, page count, metadata, or the error that stops it.
  /// Never throws.
  record::DocumentRecord read_document(const InputFile& input);
  /// The line for page `page` (1-based) of `input`, whose hash is `doc`. Never throws: failures
  /// go into the record's `error`.
  record::PageRecord read_page(const InputFile& input, const std::string& doc, int page);

private:
  const Document& open(const InputFile& input);
  OcrEngine& engine();
  /// `wanted`, or lower when the page would pass the pixel cap (said in `notes` when given).
  /// Throws DocumentError when even 20 dpi would pass it.
  int render_dpi(const Document& document, int index, int wanted,
                 std::vector<std::string>* notes) const;
  /// The resolution to OCR page `index` at: its scan's own (from k_min_scan_dpi up to --dpi)
  /// when it is one scan, otherwise --dpi; a difference is said in `notes`.
  int ocr_dpi(const Document& document, int index, std::vector<std::string>& notes) const;
  void recognize(const Document& document, int index, TextLayer& layer, bool check_first,
                 record::PageRecord& out);

  const DocumentSource& m_source;
  EngineFactory m_make_engine;
  IngestOptions m_options;
  std::unique_ptr<OcrEngine> m_engine;
  std::string m_open_path; ///< the document kept open for the pages that follow
  std::unique_ptr<Document> m_open_document;
};

} // namespace foia::ingest
