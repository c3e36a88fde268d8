#pragma once
// The seam between the ingest logic and the engines that read files (Poppler, Leptonica) and
// recognise text (Tesseract). Tests substitute fakes; the shipped path uses the real engines.

#include "foia/record/record.hpp"

#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace foia::ingest {

/// An 8-bit grayscale raster, 0 = black, 255 = white, rows packed (stride == width).
struct GrayImage {
  int width = 0;
  int height = 0;
  int dpi = 0; ///< resolution the pixels represent
  std::vector<std::uint8_t> pixels;
};

/// A rectangle in page points (1/72 inch), origin top-left.
struct Box {
  double x = 0;
  double y = 0;
  double width = 0;
  double height = 0;
};

/// What a page's text layer holds.
struct TextLayer {
  std::string text;       ///< UTF-8, in reading order
  std::vector<Box> words; ///< one box per word, in points; filled only when the decision needs it
  double page_width = 0;  ///< points
  double page_height = 0; ///< points
};

/// A document could not be opened or read; the message is meant for users.
class DocumentError : public std::runtime_error {
public:
  using std::runtime_error::runtime_error;
};

/// The document is encrypted and needs a password we do not have.
class EncryptedDocumentError : public DocumentError {
public:
  using DocumentError::DocumentError;
};

/// An open document: a PDF, or a (multi-page) image file.
class Document {
public:
  virtual ~Document() = default;
  /// Number of pages (>= 1 for a document that opened).
  virtual int page_count() const = 0;
  /// True when the file is encrypted (even if it opened without a password).
  virtual bool encrypted() const { return false; }
  /// Information dictionary entries; empty for images.
  virtual record::Metadata metadata() const { return {}; }
  /// The text layer of page `index` (0-based), without word boxes; empty for images.
  /// Throws DocumentError.
  virtual TextLayer text_layer(int index) const = 0;
  /// The boxes of the words in page `index`'s text layer, in points (a second pass over the
  /// page, so only asked for when the text layer is thin). Throws DocumentError.
  virtual std::vector<Box> word_boxes(int index) const = 0;
  /// Page size in points; for images, the size at the image's resolution.
  virtual Box page_size(int index) const = 0;
  /// Renders page `index` at `dpi` in grayscale (images: their own pixels, dpi ignored).
  /// Throws DocumentError.
  virtual GrayImage render(int index, int dpi) const = 0;
  /// When page `index` is one embedded scan (an image covering the page, no visible text), the
  /// resolution its pixels were drawn at, in dpi (the higher of the two axes); nothing for other
  /// pages, for image files (which render their own pixels anyway) and when the page cannot be
  /// walked. May throw; callers fall back to their own resolution.
  virtual std::optional<int> scan_dpi(int /*index*/) const { return std::nullopt; }
  /// True for scans delivered as image files: every page goes to OCR.
  virtual bool is_image() const { return false; }
  /// What the reading library complained about since the last call (damaged objects it skipped
  /// or repaired), as "first message, and N more"; empty when nothing. Clears the list.
  virtual std::string take_problems() const { return {}; }
};

/// Opens files as Documents.
class DocumentSource {
public:
  virtual ~DocumentSource() = default;
  /// Opens `path`; throws DocumentError with a user-facing reason when it cannot
  /// (EncryptedDocumentError when a password is needed).
  virtual std::unique_ptr<Document> open(const std::string& path, bool is_image) const = 0;
};

/// What OCR made of one page.
struct OcrResult {
  std::string text;
  double confidence = 0; ///< mean word confidence, 0-100
};

/// A text recogniser. One instance per worker; not thread-safe.
class OcrEngine {
public:
  virtual ~OcrEngine() = default;
  /// Recognises the text in `image`; throws DocumentError on failure.
  virtual OcrResult recognize(const GrayImage& image) = 0;
};

/// Poppler for PDFs, Leptonica for TIFF/PNG/JPEG.
std::unique_ptr<DocumentSource> make_default_source();
/// Tesseract with `language`, LSTM engine. OpenMP threads are capped by OMP_THREAD_LIMIT, which
/// must be set before the process starts (the foia executable does so). Throws DocumentError
/// when the language data is missing.
std::unique_ptr<OcrEngine> make_tesseract_engine(const std::string& language);

} // namespace foia::ingest
