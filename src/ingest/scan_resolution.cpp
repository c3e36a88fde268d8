#include "scan_resolution.hpp"

#include <poppler/GfxState.h>
#include <poppler/OutputDev.h>
#include <poppler/PDFDoc.h>

#include <algorithm>
#include <cmath>
#include <vector>

namespace foia::ingest {

namespace {

// One image as drawn: its share of the page and its pixels per inch along the page's axes.
struct DrawnImage {
  double coverage = 0;
  ScanResolution resolution;
};

// Records image and text draws at 72 dpi, so device space is page points.
class DrawRecorder final : public OutputDev {
public:
  bool upsideDown() override { return true; }
  bool useDrawChar() override { return true; }
  bool interpretType3Chars() override { return false; }
  bool needNonText() override { return true; }
  // Tiles of a pattern are not walked one by one: a hostile pattern could repeat millions of
  // times, and a pattern is no scan.
  bool useTilingPatternFill() override { return true; }
  bool tilingPatternFill(GfxState* /*state*/, Gfx* /*gfx*/, Catalog* /*cat*/,
                         GfxTilingPattern* /*pattern*/, const double* /*mat*/, int /*x0*/,
                         int /*y0*/, int /*x1*/, int /*y1*/, double /*x_step*/,
                         double /*y_step*/) override {
    return true;
  }

  void drawChar(GfxState* state, double /*x*/, double /*y*/, double /*dx*/, double /*dy*/,
                double /*origin_x*/, double /*origin_y*/, CharCode /*code*/, int /*bytes*/,
                const Unicode* /*unicode*/, int /*length*/) override {
    // Render modes 3 (invisible) and 7 (clip only) put no ink on the page.
    if ((state->getRender() & 3) != 3) {
      ++m_visible_chars;
    }
  }

  // Each image call records the draw, then lets the base class skip an inline image's data.
  void drawImageMask(GfxState* state, Object* ref, Stream* str, int width, int height, bool invert,
                     bool interpolate, bool inline_image) override {
    record(*state, width, height);
    OutputDev::drawImageMask(state, ref, str, width, height, invert, interpolate, inline_image);
  }
  void drawImage(GfxState* state, Object* ref, Stream* str, int width, int height,
                 GfxImageColorMap* colors, bool interpolate, const int* mask_colors,
                 bool inline_image) override {
    record(*state, width, height);
    OutputDev::drawImage(state, ref, str, width, height, colors, interpolate, mask_colors,
                         inline_image);
  }
  void drawMaskedImage(GfxState* state, Object* ref, Stream* str, int width, int height,
                       GfxImageColorMap* colors, bool interpolate, Stream* mask, int mask_width,
                       int mask_height, bool mask_invert, bool mask_interpolate) override {
    record(*state, width, height);
    OutputDev::drawMaskedImage(state, ref, str, width, height, colors, interpolate, mask,
                               mask_width, mask_height, mask_invert, mask_interpolate);
  }
  void drawSoftMaskedImage(GfxState* state, Object* ref, Stream* str, int width, int height,
                           GfxImageColorMap* colors, bool interpolate, Stream* mask, int mask_width,
                           int mask_height, GfxImageColorMap* mask_colors,
                           bool mask_interpolate) override {
    record(*state, width, height);
    OutputDev::drawSoftMaskedImage(state, ref, str, width, height, colors, interpolate, mask,
                                   mask_width, mask_height, mask_colors, mask_interpolate);
  }

  long visible_chars() const { return m_visible_chars; }
  const std::vector<DrawnImage>& images() const { return m_images; }

private:
  // The CTM maps the unit square onto the image: (a, b) runs along its width, (c, d) along its
  // height. Coverage is the parallelogram's area, capped by its bounding box clipped to the page.
  void record(const GfxState& state, int width, int height) {
    const double page_width = state.getPageWidth();
    const double page_height = state.getPageHeight();
    const double* m = state.getCTM();
    const double along_width = std::hypot(m[0], m[1]);
    const double along_height = std::hypot(m[2], m[3]);
    if (page_width <= 0 || page_height <= 0 || along_width <= 0 || along_height <= 0 ||
        width <= 0 || height <= 0) {
      return;
    }
    const double xs[] = {m[4], m[4] + m[0], m[4] + m[2], m[4] + m[0] + m[2]};
    const double ys[] = {m[5], m[5] + m[1], m[5] + m[3], m[5] + m[1] + m[3]};
    const auto [x0, x1] = std::minmax_element(std::begin(xs), std::end(xs));
    const auto [y0, y1] = std::minmax_element(std::begin(ys), std::end(ys));
    const double clipped = std::max(0.0, std::min(*x1, page_width) - std::max(*x0, 0.0)) *
                           std::max(0.0, std::min(*y1, page_height) - std::max(*y0, 0.0));
    const double area = std::min(std::abs(m[0] * m[3] - m[1] * m[2]), clipped);
    DrawnImage image;
    image.coverage = area / (page_width * page_height);
    // Pixels per inch along the image's own axes, then along the page's: an image drawn turned
    // a quarter has its width running down the page.
    const double across = width / (along_width / 72.0);
    const double down = height / (along_height / 72.0);
    const bool turned = std::abs(m[1]) > std::abs(m[0]);
    image.resolution = turned ? ScanResolution{down, across} : ScanResolution{across, down};
    m_images.push_back(image);
  }

  long m_visible_chars = 0;
  std::vector<DrawnImage> m_images;
};

} // namespace

std::optional<ScanResolution> scan_resolution(PDFDoc& document, int number) {
  if (!document.isOk() || number < 1 || number > document.getNumPages()) {
    return std::nullopt;
  }
  DrawRecorder recorder;
  // Crop box, as poppler-cpp renders; annotations drawn, as they are when rendering.
  document.displayPage(&recorder, number, 72, 72, 0, false, true, false);
  if (recorder.visible_chars() > 0) {
    return std::nullopt;
  }
  std::optional<ScanResolution> best;
  for (const DrawnImage& image : recorder.images()) {
    if (image.coverage >= k_scan_min_coverage) {
      if (!best || std::max(image.resolution.dpi_x, image.resolution.dpi_y) >
                       std::max(best->dpi_x, best->dpi_y)) {
        best = image.resolution;
      }
    } else if (image.coverage > k_scan_max_other_image) {
      return std::nullopt;
    }
  }
  return best;
}

} // namespace foia::ingest
