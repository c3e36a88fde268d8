#include "support/pdf_writer.hpp"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace foia::test {

namespace {

std::string escape_pdf_string(const std::string& text) {
  std::string escaped;
  for (const char c : text) {
    if (c == '(' || c == ')' || c == '\\') {
      escaped += '\\';
    }
    escaped += c;
  }
  return escaped;
}

} // namespace

std::string make_pdf(const std::vector<PdfPage>& pages) {
  // Objects: 1 catalog, 2 pages, 3 font, then per page: page, content, [image].
  std::vector<std::string> objects(3);
  std::vector<int> page_ids;
  for (const PdfPage& page : pages) {
    const int page_id = static_cast<int>(objects.size()) + 1;
    const int content_id = page_id + 1;
    const bool has_image = page.image_width > 0;
    const int image_id = has_image ? page_id + 2 : 0;
    page_ids.push_back(page_id);

    std::ostringstream content;
    if (has_image) {
      const bool whole_page = page.image_width_points <= 0 || page.image_height_points <= 0;
      content << "q " << (whole_page ? page.width_points : page.image_width_points) << " 0 0 "
              << (whole_page ? page.height_points : page.image_height_points) << " " << page.image_x
              << " " << page.image_y << " cm /Im0 Do Q\n";
    }
    if (!page.lines.empty()) {
      content << "BT /F1 12 Tf 72 " << page.first_line_y << " Td 14 TL\n";
      for (const std::string& line : page.lines) {
        content << "(" << escape_pdf_string(line) << ") Tj T*\n";
      }
      content << "ET\n";
    }
    const std::string stream = content.str();

    std::ostringstream page_object;
    page_object << "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " << page.width_points << " "
                << page.height_points << "] /Resources << /Font << /F1 3 0 R >>";
    if (has_image) {
      page_object << " /XObject << /Im0 " << image_id << " 0 R >>";
    }
    page_object << " >> /Contents " << content_id << " 0 R >>";
    objects.push_back(page_object.str());
    objects.push_back("<< /Length " + std::to_string(stream.size()) + " >>\nstream\n" + stream +
                      "endstream");
    if (has_image) {
      const std::string pixels(page.image.begin(), page.image.end());
      objects.push_back("<< /Type /XObject /Subtype /Image /Width " +
                        std::to_string(page.image_width) + " /Height " +
                        std::to_string(page.image_height) +
                        " /ColorSpace /DeviceGray /BitsPerComponent 8 /Length " +
                        std::to_string(pixels.size()) + " >>\nstream\n" + pixels + "\nendstream");
    }
  }
  objects[0] = "<< /Type /Catalog /Pages 2 0 R >>";
  std::string kids;
  for (const int id : page_ids) {
    kids += std::to_string(id) + " 0 R ";
  }
  objects[1] =
      "<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(page_ids.size()) + " >>";
  objects[2] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";

  return assemble_pdf(objects);
}

std::string assemble_pdf(const std::vector<std::string>& objects) {
  std::string pdf = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
  std::vector<std::size_t> offsets;
  for (std::size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  const std::size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (const std::size_t offset : offsets) {
    char entry[32];
    std::snprintf(entry, sizeof entry, "%010zu 00000 n \n", offset);
    pdf += entry;
  }
  pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) +
         " /Root 1 0 R >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

void write_file(const std::string& path, const std::string& bytes) {
  std::ofstream file(path, std::ios::binary);
  file << bytes;
  if (!file) {
    throw std::runtime_error("cannot write " + path);
  }
}

std::string read_file(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  if (!file) {
    throw std::runtime_error("cannot read " + path);
  }
  std::ostringstream bytes;
  bytes << file.rdbuf();
  return bytes.str();
}

std::string make_temp_dir(const std::string& prefix) {
  std::string pattern = (std::filesystem::temp_directory_path() / (prefix + "-XXXXXX")).string();
  if (::mkdtemp(pattern.data()) == nullptr) {
    throw std::runtime_error("cannot create a temp folder");
  }
  return pattern;
}

} // namespace foia::test
