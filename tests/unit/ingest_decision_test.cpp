#include "foia/ingest/page_reader.hpp"

#include <gtest/gtest.h>

namespace foia::ingest {
namespace {

std::string repeat(const std::string& text, int times) {
  std::string out;
  for (int i = 0; i < times; ++i) {
    out += text;
  }
  return out;
}

TEST(TextLayerJudgement, DecidesPerPageByWhatTheLayerHolds) {
  const struct {
    const char* name;
    std::string text;
    OcrMode mode;
    TextLayerVerdict expected;
  } cases[] = {
      {"full memo page", repeat("Participation in Secure Communities is voluntary. ", 10),
       OcrMode::automatic, TextLayerVerdict::use_text},
      {"empty layer", "", OcrMode::automatic, TextLayerVerdict::check_render},
      {"only a Bates stamp", "ICE FOIA 10-2674.0001234", OcrMode::automatic,
       TextLayerVerdict::check_render},
      {"a few typed fields over a scan", "March 10, 2025\nJohn Q. Sheriff\n", OcrMode::automatic,
       TextLayerVerdict::check_render},
      {"garbage from a bad earlier OCR", repeat("~'%; ,.:| 1lI ]{ ^^ ", 20), OcrMode::automatic,
       TextLayerVerdict::ocr},
      {"never: the text layer only, even when empty", "", OcrMode::never,
       TextLayerVerdict::use_text},
      {"always OCRs even good text", repeat("Secure Communities is mandatory. ", 10),
       OcrMode::always, TextLayerVerdict::ocr},
  };
  for (const auto& row : cases) {
    TextLayer layer;
    layer.text = row.text;
    EXPECT_EQ(judge_text_layer(measure_text_layer(layer), row.mode), row.expected) << row.name;
  }
}

TEST(TextLayerStats, CountsVisibleCharactersAndWords) {
  TextLayer layer;
  layer.text = "Opt out  \n of (b)(6) caf\xC3\xA9 ~~~";
  const TextLayerStats stats = measure_text_layer(layer);
  EXPECT_EQ(stats.visible_chars, 21u);
  // tokens: Opt out of (b)(6) café ~~~ -> words: Opt out of café
  EXPECT_DOUBLE_EQ(stats.word_ratio, 4.0 / 6.0);
}

TEST(TextLayerStats, CoverageIsTheShareOfThePageUnderWords) {
  TextLayer layer;
  layer.page_width = 100;
  layer.page_height = 100;
  layer.words = {{0, 0, 10, 10}, {50, 50, 20, 5}};
  EXPECT_DOUBLE_EQ(measure_text_layer(layer).coverage, 0.02);
}

GrayImage white_page(int width, int height) {
  GrayImage image;
  image.width = width;
  image.height = height;
  image.dpi = 72;
  image.pixels.assign(static_cast<std::size_t>(width * height), 255);
  return image;
}

void ink(GrayImage& image, int x0, int y0, int x1, int y1) {
  for (int y = y0; y < y1; ++y) {
    for (int x = x0; x < x1; ++x) {
      image.pixels[static_cast<std::size_t>(y * image.width + x)] = 0;
    }
  }
}

TEST(InkOutsideWords, InkUnderTheTextLayerIsExplained) {
  GrayImage image = white_page(200, 200); // 72 dpi: one pixel per point
  ink(image, 20, 20, 60, 30);             // a typed field
  TextLayer layer;
  layer.page_width = 200;
  layer.page_height = 200;
  layer.text = "Field";
  layer.words = {{20, 20, 40, 10}};
  EXPECT_DOUBLE_EQ(ink_outside_words(image, layer), 0.0);
  EXPECT_GT(ink_fraction(image), 0.0);

  ink(image, 20, 100, 180, 180); // the scanned body the layer knows nothing about
  EXPECT_GT(ink_outside_words(image, layer), k_unexplained_ink);
}

TEST(SolidInk, SpeckleIsNotInkButStrokesAre) {
  GrayImage image = white_page(300, 300);
  image.dpi = 300;
  for (int i = 0; i < 300; i += 7) { // scattered single-pixel specks
    image.pixels[static_cast<std::size_t>(i * 300 + (i * 13) % 300)] = 0;
  }
  EXPECT_GT(ink_fraction(image), 0.0);
  EXPECT_EQ(solid_ink_fraction(image), 0.0);
  EXPECT_LT(solid_ink_fraction(image), k_blank_ink);
  ink(image, 10, 10, 40, 14); // one 4-pixel-thick stroke
  EXPECT_GT(solid_ink_fraction(image), k_blank_ink);
}

TEST(SolidInk, TheBlockIsAHundredthOfAnInchAtAnyResolution) {
  EXPECT_EQ(solid_block_side(300), 3);
  EXPECT_EQ(solid_block_side(0), 3);
  EXPECT_EQ(solid_block_side(150), 2);
  EXPECT_EQ(solid_block_side(200), 2);
  EXPECT_EQ(solid_block_side(400), 4);
  EXPECT_EQ(solid_block_side(600), 6);
  // A two-pixel stroke at 150 dpi is the three-pixel stroke of 300 dpi scanned coarser.
  GrayImage coarse = white_page(150, 150);
  coarse.dpi = 150;
  ink(coarse, 10, 10, 60, 12);
  EXPECT_GT(solid_ink_fraction(coarse), k_blank_ink);
  coarse.dpi = 300;
  EXPECT_EQ(solid_ink_fraction(coarse), 0.0);
}

TEST(InkOutsideWords, WordBoxesScaleWithTheRenderResolution) {
  GrayImage image = white_page(400, 400); // 144 dpi for a 200-point page
  ink(image, 40, 40, 120, 60);
  TextLayer layer;
  layer.page_width = 200;
  layer.page_height = 200;
  layer.words = {{20, 20, 40, 10}};
  EXPECT_DOUBLE_EQ(ink_outside_words(image, layer), 0.0);
}

} // namespace
} // namespace foia::ingest
