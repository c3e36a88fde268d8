#pragma once
// In-memory stand-ins for Poppler and Tesseract, for scheduler and decision tests. A fake
// document is described by its path: "fake:<pages>[:crash=<page>][:hang=<page>][:error]".

#include "foia/ingest/document.hpp"
#include "foia/ingest/ingest.hpp"

#include <chrono>
#include <cstdlib>
#include <string>
#include <thread>

#include <fcntl.h>
#include <unistd.h>

namespace foia::test {

class FakeDocument final : public ingest::Document {
public:
  FakeDocument(int pages, int crash_page, int hang_page)
      : m_pages(pages), m_crash_page(crash_page), m_hang_page(hang_page) {}

  int page_count() const override { return m_pages; }
  ingest::TextLayer text_layer(int index) const override {
    if (index + 1 == m_crash_page) {
      std::abort(); // as a library hitting an assertion would (sanitizers leave SIGABRT alone)
    }
    if (index + 1 == m_hang_page) {
      std::this_thread::sleep_for(std::chrono::hours(1));
    }
    ingest::TextLayer layer;
    // Odd pages carry a full text layer; even pages are "scans" that need OCR.
    if (index % 2 == 0) {
      for (int word = 0; word < 60; ++word) {
        layer.text += "Secure Communities page " + std::to_string(index + 1) + " ";
      }
    }
    layer.page_width = 612;
    layer.page_height = 792;
    return layer;
  }
  std::vector<ingest::Box> word_boxes(int /*index*/) const override { return {}; }
  ingest::Box page_size(int /*index*/) const override { return {0, 0, 612, 792}; }
  ingest::GrayImage render(int index, int /*dpi*/) const override {
    ingest::GrayImage image;
    image.width = 100;
    image.height = 100;
    image.dpi = 300;
    image.pixels.assign(10000, 255);
    // Three rows of ink per page number (up to 30), so the fake OCR can read the page back.
    const auto rows = static_cast<std::ptrdiff_t>(3 * (index % 30 + 1));
    std::fill(image.pixels.begin(), image.pixels.begin() + 100 * rows, 0);
    return image;
  }

private:
  int m_pages;
  int m_crash_page;
  int m_hang_page;
};

class FakeSource final : public ingest::DocumentSource {
public:
  std::unique_ptr<ingest::Document> open(const std::string& path,
                                         bool /*is_image*/) const override {
    const std::string name = path.substr(path.rfind('/') + 1);
    int pages = 0;
    int crash = 0;
    int hang = 0;
    if (std::sscanf(name.c_str(), "fake-%d", &pages) != 1) {
      throw ingest::DocumentError("not a fake document");
    }
    if (const auto at = name.find("crash"); at != std::string::npos) {
      crash = std::stoi(name.substr(at + 5));
    }
    if (const auto at = name.find("hang"); at != std::string::npos) {
      hang = std::stoi(name.substr(at + 4));
    }
    if (name.find("broken") != std::string::npos) {
      throw ingest::DocumentError("damaged PDF: fake");
    }
    return std::make_unique<FakeDocument>(pages, crash, hang);
  }
};

class FakeOcr final : public ingest::OcrEngine {
public:
  ingest::OcrResult recognize(const ingest::GrayImage& image) override {
    const auto dark = std::count(image.pixels.begin(), image.pixels.end(), 0);
    return {"ocr text of a page with " + std::to_string(dark) + " dark pixels", 88.0};
  }
};

inline ingest::Engines fake_engines() {
  ingest::Engines engines;
  engines.make_source = [] { return std::make_unique<FakeSource>(); };
  engines.make_ocr = [](const std::string&) { return std::make_unique<FakeOcr>(); };
  return engines;
}

// Appends one line to `log` from whichever worker process calls; O_APPEND keeps lines whole.
inline void log_call(const std::string& log, const std::string& line) {
  const int fd = ::open(log.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
  if (fd >= 0) {
    const std::string text = line + "\n";
    [[maybe_unused]] const ssize_t written = ::write(fd, text.data(), text.size());
    ::close(fd);
  }
}

/// The fake engines, writing "open PATH" and "ocr" to `log` on every call, so tests can see
/// which work the worker processes did.
inline ingest::Engines logging_fake_engines(const std::string& log) {
  class LoggingSource final : public ingest::DocumentSource {
  public:
    explicit LoggingSource(std::string log) : m_log(std::move(log)) {}
    std::unique_ptr<ingest::Document> open(const std::string& path, bool is_image) const override {
      log_call(m_log, "open " + path);
      return m_source.open(path, is_image);
    }

  private:
    std::string m_log;
    FakeSource m_source;
  };
  class LoggingOcr final : public ingest::OcrEngine {
  public:
    explicit LoggingOcr(std::string log) : m_log(std::move(log)) {}
    ingest::OcrResult recognize(const ingest::GrayImage& image) override {
      log_call(m_log, "ocr");
      return m_ocr.recognize(image);
    }

  private:
    std::string m_log;
    FakeOcr m_ocr;
  };
  ingest::Engines engines;
  engines.make_source = [log] { return std::make_unique<LoggingSource>(log); };
  engines.make_ocr = [log](const std::string&) { return std::make_unique<LoggingOcr>(log); };
  return engines;
}

} // namespace foia::test
