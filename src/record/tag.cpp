#include "foia/record/tag.hpp"

#include "json_line.hpp"

#include <stdexcept>

namespace foia::record {

std::string to_json_line(const Tag& tag) {
  Json json;
  json["kind"] = tag.kind;
  json["doc"] = tag.doc;
  json["path"] = sanitize_utf8(tag.path);
  json["page"] = tag.page;
  json["line"] = tag.line;
  json["start"] = tag.start;
  json["end"] = tag.end;
  json["text"] = sanitize_utf8(tag.text);
  json["value"] = sanitize_utf8(tag.value);
  if (tag.confidence) {
    json["confidence"] = *tag.confidence;
  }
  if (tag.extra.is_object()) {
    for (const auto& [key, field] : tag.extra.items()) {
      json[key] = field;
    }
  }
  return json.dump();
}

Tag parse_tag_line(std::string_view line) {
  const Json json = detail::parse_json_object(line);
  Tag tag;
  try {
    tag.kind = json.at("kind").get<std::string>();
    tag.doc = json.at("doc").get<std::string>();
    tag.path = json.at("path").get<std::string>();
    tag.page = detail::count_at<int>(json, "page");
    tag.line = detail::count_at<int>(json, "line");
    tag.start = detail::count_at<std::size_t>(json, "start");
    tag.end = detail::count_at<std::size_t>(json, "end");
    tag.text = json.at("text").get<std::string>();
    tag.value = json.at("value").get<std::string>();
    for (const auto& [key, field] : json.items()) {
      if (key == "confidence") {
        tag.confidence = field.get<double>();
      } else if (key != "kind" && key != "doc" && key != "path" && key != "page" && key != "line" &&
                 key != "start" && key != "end" && key != "text" && key != "value") {
        tag.extra[key] = field;
      }
    }
  } catch (const Json::exception& error) {
    throw std::runtime_error(std::string("bad tag: ") + error.what());
  }
  return tag;
}

} // namespace foia::record
