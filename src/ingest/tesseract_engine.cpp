// OCR through the Tesseract C++ API: one instance per worker process, LSTM only, so a page's
// result does not depend on which pages the instance saw before (no adaptive classifier).
#include "foia/ingest/document.hpp"

#include <tesseract/baseapi.h>

#include <memory>

namespace foia::ingest {

namespace {

class TesseractEngine final : public OcrEngine {
public:
  explicit TesseractEngine(const std::string& language) {
    if (m_api.Init(nullptr, language.c_str(), tesseract::OEM_LSTM_ONLY) != 0) {
      throw DocumentError("tesseract could not load language data for \"" + language +
                          "\" (install tesseract-ocr-" + language + ")");
    }
    m_api.SetPageSegMode(tesseract::PSM_AUTO);
    // Tesseract prints "Estimating resolution" and similar to stderr otherwise.
    m_api.SetVariable("debug_file", "/dev/null");
  }
  ~TesseractEngine() override { m_api.End(); }
  TesseractEngine(const TesseractEngine&) = delete;
  TesseractEngine& operator=(const TesseractEngine&) = delete;

  OcrResult recognize(const GrayImage& image) override {
    m_api.SetImage(image.pixels.data(), image.width, image.height, 1, image.width);
    m_api.SetSourceResolution(image.dpi > 0 ? image.dpi : 300);
    std::unique_ptr<char[]> text(m_api.GetUTF8Text());
    if (text == nullptr) {
      m_api.Clear();
      throw DocumentError("tesseract failed to recognise the page");
    }
    OcrResult result;
    result.text = text.get();
    result.confidence = std::max(0, m_api.MeanTextConf());
    m_api.Clear();
    return result;
  }

private:
  tesseract::TessBaseAPI m_api;
};

} // namespace

std::unique_ptr<OcrEngine> make_tesseract_engine(const std::string& language) {
  return std::make_unique<TesseractEngine>(language);
}

} // namespace foia::ingest
