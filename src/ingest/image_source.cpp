// TIFF (including multi-page), PNG and JPEG scans through Leptonica.
#include "foia/ingest/document.hpp"

#include <leptonica/allheaders.h>

#include <cstdio>
#include <memory>

namespace foia::ingest {

namespace {

// Decoding a page larger than this would need gigabytes; a TIFF header can lie about it.
constexpr long long k_max_image_pixels = 400'000'000;
constexpr int k_assumed_dpi = 300;

struct PixDeleter {
  void operator()(PIX* pix) const { pixDestroy(&pix); }
};
using PixPtr = std::unique_ptr<PIX, PixDeleter>;

class ImageDocument final : public Document {
public:
  ImageDocument(std::string path, int pages, bool is_tiff)
      : m_path(std::move(path)), m_pages(pages), m_is_tiff(is_tiff) {}

  int page_count() const override { return m_pages; }
  bool is_image() const override { return true; }
  TextLayer text_layer(int /*index*/) const override { return {}; }
  std::vector<Box> word_boxes(int /*index*/) const override { return {}; }

  Box page_size(int index) const override {
    const GrayImage image = render(index, 0);
    return Box{0, 0, image.width * 72.0 / image.dpi, image.height * 72.0 / image.dpi};
  }

  GrayImage render(int index, int /*dpi*/) const override {
    PixPtr pix(m_is_tiff ? pixReadTiff(m_path.c_str(), index) : pixRead(m_path.c_str()));
    if (pix == nullptr) {
      throw DocumentError("image page " + std::to_string(index + 1) + " could not be decoded");
    }
    PixPtr gray(pixConvertTo8(pix.get(), 0));
    if (gray == nullptr) {
      throw DocumentError("image page " + std::to_string(index + 1) +
                          " could not be converted to grayscale");
    }
    GrayImage image;
    image.width = pixGetWidth(gray.get());
    image.height = pixGetHeight(gray.get());
    image.dpi = pixGetXRes(gray.get()) > 0 ? pixGetXRes(gray.get()) : k_assumed_dpi;
    const auto width = static_cast<std::size_t>(image.width);
    image.pixels.resize(width * static_cast<std::size_t>(image.height));
    const l_uint32* data = pixGetData(gray.get());
    const auto words_per_line = static_cast<std::size_t>(pixGetWpl(gray.get()));
    for (std::size_t y = 0; y < static_cast<std::size_t>(image.height); ++y) {
      const l_uint32* line = data + y * words_per_line;
      for (std::size_t x = 0; x < width; ++x) {
        image.pixels[y * width + x] = static_cast<std::uint8_t>(GET_DATA_BYTE(line, x));
      }
    }
    return image;
  }

private:
  std::string m_path;
  int m_pages;
  bool m_is_tiff;
};

} // namespace

std::unique_ptr<Document> open_image(const std::string& path) {
  // Leptonica prints "Error in pixReadFromTiffStream: ..." for every damaged image; the page's
  // error says it in the user's words, so keep stderr to foia's own messages.
  setMsgSeverity(L_SEVERITY_NONE);
  l_int32 format = IFF_UNKNOWN;
  l_int32 width = 0;
  l_int32 height = 0;
  if (pixReadHeader(path.c_str(), &format, &width, &height, nullptr, nullptr, nullptr) != 0) {
    throw DocumentError("not a readable image (TIFF, PNG or JPEG)");
  }
  if (width <= 0 || height <= 0 || static_cast<long long>(width) * height > k_max_image_pixels) {
    throw DocumentError("image is " + std::to_string(width) + "x" + std::to_string(height) +
                        " px, over the limit of " + std::to_string(k_max_image_pixels) + " pixels");
  }
  const bool is_tiff =
      format == IFF_TIFF ||
      ((format >= IFF_TIFF_PACKBITS && format <= IFF_TIFF_ZIP) || format == IFF_TIFF_JPEG);
  int pages = 1;
  if (is_tiff) {
    FILE* file = std::fopen(path.c_str(), "rb");
    if (file == nullptr) {
      throw DocumentError("cannot open image");
    }
    l_int32 count = 0;
    const bool counted = tiffGetCount(file, &count) == 0;
    std::fclose(file);
    if (!counted || count <= 0) {
      throw DocumentError("TIFF has no readable pages");
    }
    pages = count;
  }
  return std::make_unique<ImageDocument>(path, pages, is_tiff);
}

} // namespace foia::ingest
