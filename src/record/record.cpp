#include "foia/record/record.hpp"

#include "json_line.hpp"

#include <stdexcept>

namespace foia::record {

std::string_view to_string(Method method) {
  switch (method) {
  case Method::text:
    return "text";
  case Method::ocr:
    return "ocr";
  case Method::none:
    return "none";
  }
  return "none";
}

std::optional<Method> method_from_string(std::string_view name) {
  if (name == "text") {
    return Method::text;
  }
  if (name == "ocr") {
    return Method::ocr;
  }
  if (name == "none") {
    return Method::none;
  }
  return std::nullopt;
}

namespace {

// Length of the valid UTF-8 sequence starting at bytes[pos], or 0 when it is invalid.
std::size_t utf8_sequence_length(std::string_view bytes, std::size_t pos) {
  const auto lead = static_cast<unsigned char>(bytes[pos]);
  std::size_t length = 0;
  unsigned int code_point = 0;
  if (lead < 0x80) {
    return 1;
  }
  if ((lead & 0xE0) == 0xC0) {
    length = 2;
    code_point = lead & 0x1Fu;
  } else if ((lead & 0xF0) == 0xE0) {
    length = 3;
    code_point = lead & 0x0Fu;
  } else if ((lead & 0xF8) == 0xF0) {
    length = 4;
    code_point = lead & 0x07u;
  } else {
    return 0;
  }
  if (pos + length > bytes.size()) {
    return 0;
  }
  for (std::size_t i = 1; i < length; ++i) {
    const auto next = static_cast<unsigned char>(bytes[pos + i]);
    if ((next & 0xC0) != 0x80) {
      return 0;
    }
    code_point = (code_point << 6) | (next & 0x3Fu);
  }
  const bool overlong = (length == 2 && code_point < 0x80) || (length == 3 && code_point < 0x800) ||
                        (length == 4 && code_point < 0x10000);
  const bool surrogate = code_point >= 0xD800 && code_point <= 0xDFFF;
  if (overlong || surrogate || code_point > 0x10FFFF) {
    return 0;
  }
  return length;
}

Json metadata_json(const Metadata& metadata) {
  Json json = Json::object();
  const auto put = [&json](const char* key, const std::string& value) {
    if (!value.empty()) {
      json[key] = value;
    }
  };
  put("title", metadata.title);
  put("author", metadata.author);
  put("subject", metadata.subject);
  put("creator", metadata.creator);
  put("producer", metadata.producer);
  put("created", metadata.created);
  put("modified", metadata.modified);
  return json;
}

std::string optional_string(const Json& json, const char* key) {
  const auto found = json.find(key);
  if (found == json.end() || found->is_null()) {
    return {};
  }
  return found->get<std::string>();
}

} // namespace

std::string sanitize_utf8(std::string_view bytes) {
  std::string clean;
  clean.reserve(bytes.size());
  std::size_t pos = 0;
  while (pos < bytes.size()) {
    const std::size_t length = utf8_sequence_length(bytes, pos);
    if (length == 0) {
      clean += "\xEF\xBF\xBD";
      ++pos;
    } else {
      clean.append(bytes.substr(pos, length));
      pos += length;
    }
  }
  return clean;
}

std::size_t count_chars(std::string_view utf8) {
  std::size_t count = 0;
  for (const char byte : utf8) {
    if ((static_cast<unsigned char>(byte) & 0xC0) != 0x80) {
      ++count;
    }
  }
  return count;
}

std::string to_json_line(const DocumentRecord& record) {
  Json json;
  json["kind"] = "document";
  json["doc"] = record.doc;
  json["path"] = sanitize_utf8(record.path);
  json["format"] = record.format;
  json["pages"] = record.pages;
  json["encrypted"] = record.encrypted;
  json["metadata"] = metadata_json(record.metadata);
  json["error"] = record.error ? Json(sanitize_utf8(*record.error)) : Json(nullptr);
  return json.dump();
}

std::string to_json_line(const PageRecord& record) {
  Json json;
  json["kind"] = "page";
  json["doc"] = record.doc;
  json["path"] = sanitize_utf8(record.path);
  json["page"] = record.page;
  json["method"] = to_string(record.method);
  json["confidence"] = record.confidence ? Json(*record.confidence) : Json(nullptr);
  json["chars"] = count_chars(record.text);
  json["error"] = record.error ? Json(sanitize_utf8(*record.error)) : Json(nullptr);
  json["notes"] = record.notes;
  json["text"] = sanitize_utf8(record.text);
  return json.dump();
}

ParsedRecord parse_record_line(std::string_view line) {
  const Json json = detail::parse_json_object(line);
  ParsedRecord parsed;
  try {
    const std::string kind = json.at("kind").get<std::string>();
    if (kind == "document") {
      DocumentRecord document;
      document.doc = json.at("doc").get<std::string>();
      document.path = json.at("path").get<std::string>();
      document.format = optional_string(json, "format");
      document.pages = detail::count_at<int>(json, "pages");
      document.encrypted = json.value("encrypted", false);
      if (const auto metadata = json.find("metadata"); metadata != json.end()) {
        document.metadata.title = optional_string(*metadata, "title");
        document.metadata.author = optional_string(*metadata, "author");
        document.metadata.subject = optional_string(*metadata, "subject");
        document.metadata.creator = optional_string(*metadata, "creator");
        document.metadata.producer = optional_string(*metadata, "producer");
        document.metadata.created = optional_string(*metadata, "created");
        document.metadata.modified = optional_string(*metadata, "modified");
      }
      if (const auto error = json.find("error"); error != json.end() && !error->is_null()) {
        document.error = error->get<std::string>();
      }
      parsed.document = std::move(document);
    } else if (kind == "page") {
      PageRecord page;
      page.doc = json.at("doc").get<std::string>();
      page.path = json.at("path").get<std::string>();
      page.page = detail::count_at<int>(json, "page");
      const auto method = method_from_string(json.at("method").get<std::string>());
      if (!method) {
        throw std::runtime_error("unknown method \"" + json.at("method").get<std::string>() + "\"");
      }
      page.method = *method;
      page.text = json.at("text").get<std::string>();
      if (const auto confidence = json.find("confidence");
          confidence != json.end() && !confidence->is_null()) {
        page.confidence = confidence->get<double>();
      }
      if (const auto error = json.find("error"); error != json.end() && !error->is_null()) {
        page.error = error->get<std::string>();
      }
      if (const auto notes = json.find("notes"); notes != json.end()) {
        page.notes = notes->get<std::vector<std::string>>();
      }
      parsed.page = std::move(page);
    } else {
      throw std::runtime_error("unknown record kind \"" + kind + "\"");
    }
  } catch (const Json::exception& error) {
    throw std::runtime_error(std::string("bad record: ") + error.what());
  }
  return parsed;
}

namespace detail {

Json parse_json_object(std::string_view line) {
  Json json;
  try {
    json = Json::parse(line);
  } catch (const Json::exception& error) {
    // parse_error, and out_of_range for numbers too large for any type
    throw std::runtime_error(std::string("not JSON: ") + error.what());
  }
  if (!json.is_object()) {
    throw std::runtime_error("not a JSON object");
  }
  return json;
}

} // namespace detail

void for_each_line(
    std::string_view text,
    const std::function<void(int line_number, std::size_t offset, std::string_view line)>& visit) {
  std::size_t line_start = 0;
  int line_number = 1;
  while (line_start <= text.size()) {
    std::size_t line_end = text.find('\n', line_start);
    if (line_end == std::string_view::npos) {
      line_end = text.size();
    }
    visit(line_number, line_start, text.substr(line_start, line_end - line_start));
    line_start = line_end + 1;
    ++line_number;
  }
}

} // namespace foia::record
