#include "page_layout.hpp"

#include <stdexcept>
#include <string_view>

namespace make_samples {
namespace {

constexpr double k_margin_left = 72;
constexpr double k_margin_right = 72;
constexpr double k_margin_top = 60;
constexpr double k_margin_bottom = 64;
constexpr double k_line_spacing = 1.32; // line height / font size
constexpr double k_bullet_indent = 22;
constexpr double k_field_tab = 140; // value column of memo headers
constexpr double k_email_field_tab = 60;

// A word, or a redaction box, as placed on a line.
struct Token {
  std::string text; // the word as printed (soft hyphens removed, maybe with a trailing '-')
  bool is_redaction = false;
  std::string exemption;
  double box_width = 0;
};

std::string without_soft_hyphens(std::string_view word) {
  std::string plain;
  for (char c : word) {
    if (c != '~') {
      plain += c;
    }
  }
  return plain;
}

std::vector<std::string> split_words(const std::string& text) {
  std::vector<std::string> words;
  std::string current;
  bool in_markup = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text.compare(i, 2, "[[") == 0) {
      in_markup = true;
    } else if (text.compare(i, 2, "]]") == 0) {
      in_markup = false;
    }
    if (text[i] == ' ' && !in_markup) {
      if (!current.empty()) {
        words.push_back(current);
      }
      current.clear();
    } else {
      current += text[i];
    }
  }
  if (!current.empty()) {
    words.push_back(current);
  }
  return words;
}

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> result;
  std::string::size_type start = 0;
  while (true) {
    auto end = text.find('\n', start);
    result.push_back(text.substr(start, end - start));
    if (end == std::string::npos) {
      return result;
    }
    start = end + 1;
  }
}

class PageLayout {
public:
  PageLayout(cairo_t* cr, const Document& document)
      : m_cr(cr), m_document(document), m_font_size(document.font_size),
        m_line_height(document.font_size * k_line_spacing), m_y(k_margin_top) {
    set_font(false);
  }

  void draw(const Block& block) {
    switch (block.kind) {
    case BlockKind::letterhead:
      draw_letterhead(block.text);
      break;
    case BlockKind::title:
      draw_title(block.text);
      break;
    case BlockKind::field:
      draw_field(block.label, block.text);
      break;
    case BlockKind::paragraph:
      draw_wrapped(block.text, k_margin_left, k_margin_left);
      m_y += m_line_height;
      break;
    case BlockKind::bullet:
      draw_bullet(block.text);
      break;
    case BlockKind::lines:
      for (const auto& line : split_lines(block.text)) {
        draw_wrapped(line, k_margin_left, k_margin_left);
      }
      break;
    case BlockKind::gap:
      m_y += block.amount * m_line_height;
      break;
    case BlockKind::rule:
      draw_rule();
      break;
    case BlockKind::redacted_lines:
      draw_redacted_lines(block.label, block.amount);
      break;
    }
    if (m_y > k_page_height - k_margin_bottom) {
      throw std::runtime_error(m_document.file_name + ": text overflows the page");
    }
  }

private:
  double text_right() const { return k_page_width - k_margin_right; }

  void set_font(bool bold, double scale = 1.0) {
    const char* family = m_document.face == Face::mono ? "DejaVu Sans Mono" : "DejaVu Serif";
    cairo_select_font_face(m_cr, family, CAIRO_FONT_SLANT_NORMAL,
                           bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
    cairo_set_font_size(m_cr, m_font_size * scale);
  }

  double text_width(const std::string& text) {
    cairo_text_extents_t extents;
    cairo_text_extents(m_cr, text.c_str(), &extents);
    return extents.x_advance;
  }

  void show_text_at(double x, double baseline, const std::string& text) {
    cairo_move_to(m_cr, x, baseline);
    cairo_show_text(m_cr, text.c_str());
  }

  // The baseline of the line whose top is m_y.
  double baseline() const { return m_y + m_font_size; }

  void draw_letterhead(const std::string& text) {
    bool first = true;
    for (const auto& line : split_lines(text)) {
      set_font(first, first ? 1.25 : 0.9);
      show_text_at((k_page_width - text_width(line)) / 2, baseline(), line);
      m_y += m_line_height * (first ? 1.2 : 0.95);
      first = false;
    }
    set_font(false);
    m_y += m_line_height;
  }

  void draw_title(const std::string& text) {
    set_font(true, 1.1);
    show_text_at((k_page_width - text_width(text)) / 2, baseline(), text);
    set_font(false);
    m_y += 2 * m_line_height;
  }

  void draw_field(const std::string& label, const std::string& value) {
    set_font(true);
    show_text_at(k_margin_left, baseline(), label);
    set_font(false);
    const double tab = m_document.face == Face::mono ? k_email_field_tab : k_field_tab;
    for (const auto& line : split_lines(value)) {
      draw_wrapped(line, k_margin_left + tab, k_margin_left + tab);
    }
    if (m_document.face == Face::serif) {
      m_y += m_line_height * 0.5;
    }
  }

  void draw_bullet(const std::string& text) {
    show_text_at(k_margin_left + 6, baseline(), "\u2022");
    draw_wrapped(text, k_margin_left + k_bullet_indent, k_margin_left + k_bullet_indent);
    m_y += m_line_height * 0.5;
  }

  void draw_rule() {
    cairo_set_line_width(m_cr, 1.0);
    cairo_move_to(m_cr, k_margin_left, m_y + m_line_height / 2);
    cairo_line_to(m_cr, text_right(), m_y + m_line_height / 2);
    cairo_stroke(m_cr);
    m_y += m_line_height;
  }

  void draw_redacted_lines(const std::string& exemption, double line_count) {
    const double label_room = 80;
    cairo_rectangle(m_cr, k_margin_left, m_y + 2, text_right() - label_room - k_margin_left,
                    line_count * m_line_height - 4);
    cairo_fill(m_cr);
    show_text_at(text_right() - label_room + 8,
                 m_y + line_count * m_line_height / 2 + m_font_size / 3, exemption);
    m_y += (line_count + 1) * m_line_height;
  }

  Token make_token(const std::string& word) {
    if (word.starts_with("[[") && word.ends_with("]]")) {
      const auto inner = word.substr(2, word.size() - 4);
      const auto bar = inner.find('|');
      if (bar == std::string::npos) {
        throw std::runtime_error("redaction markup needs a width: " + word);
      }
      return {{}, true, inner.substr(0, bar), std::stod(inner.substr(bar + 1))};
    }
    return {without_soft_hyphens(word), false, {}, 0};
  }

  double token_width(const Token& token) {
    if (!token.is_redaction) {
      return text_width(token.text);
    }
    set_font(true, 0.7);
    const double label_width = text_width(token.exemption);
    set_font(false);
    // A label too wide for its box is printed beside it.
    return label_width + 6 <= token.box_width ? token.box_width : token.box_width + 4 + label_width;
  }

  // Greedy line filling; a word with soft hyphens that does not fit is split at the last
  // soft hyphen whose first part (plus '-') still fits.
  std::vector<std::vector<Token>> wrap(const std::string& text, double first_x, double other_x) {
    std::vector<std::vector<Token>> result(1);
    double used = 0;
    const double space = text_width(" ");
    auto available = [&] { return text_right() - (result.size() == 1 ? first_x : other_x); };
    for (std::string word : split_words(text)) {
      while (true) {
        Token token = make_token(word);
        const double width = token_width(token);
        const double needed = result.back().empty() ? width : used + space + width;
        if (needed <= available() || result.back().empty()) {
          used = needed;
          result.back().push_back(std::move(token));
          break;
        }
        for (auto hyphen = word.rfind('~'); hyphen != std::string::npos && hyphen > 0;
             hyphen = word.rfind('~', hyphen - 1)) {
          Token head = make_token(word.substr(0, hyphen) + "-");
          const double head_width = used + space + token_width(head);
          if (head_width <= available()) {
            result.back().push_back(std::move(head));
            word = word.substr(hyphen + 1);
            break;
          }
        }
        result.emplace_back();
        used = 0;
      }
    }
    return result;
  }

  void draw_line(const std::vector<Token>& tokens, double x) {
    const double space = text_width(" ");
    std::string run;
    double run_x = x;
    auto flush = [&] {
      if (!run.empty()) {
        show_text_at(run_x, baseline(), run);
      }
      run.clear();
    };
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      const Token& token = tokens[i];
      if (i > 0) {
        if (!run.empty()) {
          run += ' ';
        }
        x += space;
      }
      if (!token.is_redaction) {
        if (run.empty()) {
          run_x = x;
        }
        run += token.text;
        x += text_width(token.text);
        continue;
      }
      flush();
      draw_redaction_box(token, x);
      x += token_width(token);
    }
    flush();
  }

  void draw_redaction_box(const Token& token, double x) {
    const double top = baseline() - m_font_size * 0.85;
    const double height = m_font_size * 1.12;
    cairo_rectangle(m_cr, x, top, token.box_width, height);
    cairo_fill(m_cr);
    set_font(true, 0.7);
    const double label_width = text_width(token.exemption);
    const double label_baseline = baseline() - m_font_size * 0.05;
    if (label_width + 6 <= token.box_width) {
      cairo_set_source_rgb(m_cr, 1, 1, 1);
      show_text_at(x + (token.box_width - label_width) / 2, label_baseline, token.exemption);
      cairo_set_source_rgb(m_cr, 0, 0, 0);
    } else {
      show_text_at(x + token.box_width + 4, label_baseline, token.exemption);
    }
    set_font(false);
  }

  void draw_wrapped(const std::string& text, double first_x, double other_x) {
    bool first = true;
    for (const auto& line : wrap(text, first_x, other_x)) {
      draw_line(line, first ? first_x : other_x);
      m_y += m_line_height;
      first = false;
    }
  }

  cairo_t* m_cr;
  const Document& m_document;
  double m_font_size;
  double m_line_height;
  double m_y; // top of the next line
};

} // namespace

void draw_page_body(cairo_t* cr, const Document& document, const Page& page) {
  cairo_set_source_rgb(cr, 0, 0, 0);
  PageLayout layout(cr, document);
  for (const auto& block : page.blocks) {
    layout.draw(block);
  }
}

void draw_bates_stamp(cairo_t* cr, const std::string& stamp) {
  cairo_set_source_rgb(cr, 0, 0, 0);
  cairo_select_font_face(cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_BOLD);
  cairo_set_font_size(cr, 9);
  cairo_text_extents_t extents;
  cairo_text_extents(cr, stamp.c_str(), &extents);
  cairo_move_to(cr, k_page_width - 40 - extents.x_advance, k_page_height - 28);
  cairo_show_text(cr, stamp.c_str());
}

} // namespace make_samples
