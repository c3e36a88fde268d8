#include "support/hostile.hpp"

#include "support/pdf_writer.hpp"

#include <leptonica/allheaders.h>
#include <zlib.h>

#include <random>
#include <regex>
#include <stdexcept>
#include <vector>

namespace foia::test {

namespace {

void put_u16_le(std::string& out, std::uint32_t value) {
  out += static_cast<char>(value & 0xFF);
  out += static_cast<char>((value >> 8) & 0xFF);
}

void put_u32_le(std::string& out, std::uint32_t value) {
  put_u16_le(out, value & 0xFFFF);
  put_u16_le(out, value >> 16);
}

void set_u32_be(std::string& bytes, std::size_t at, std::uint32_t value) {
  for (int i = 0; i < 4; ++i) {
    bytes[at + static_cast<std::size_t>(i)] = static_cast<char>((value >> (24 - 8 * i)) & 0xFF);
  }
}

std::string nested(int depth, const std::string& open, const std::string& close,
                   const std::string& inner) {
  std::string text;
  text.reserve(static_cast<std::size_t>(depth) * (open.size() + close.size()) + inner.size());
  for (int i = 0; i < depth; ++i) {
    text += open;
  }
  text += inner;
  for (int i = 0; i < depth; ++i) {
    text += close;
  }
  return text;
}

std::string stream_object(const std::string& dictionary, const std::string& data) {
  return "<< " + dictionary + " /Length " + std::to_string(data.size()) + " >>\nstream\n" + data +
         "\nendstream";
}

// Objects 1 catalog, 2 page tree, 3 font, 4 the page, 5 its content, as make_pdf lays them out.
std::vector<std::string> one_page_objects(const std::string& page_extra,
                                          const std::string& content) {
  return {"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
          "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
          "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R "
          ">> " +
              page_extra + " >> /Contents 5 0 R >>",
          stream_object("", content)};
}

std::string memory_image(PIX* pix, int format) {
  l_uint8* data = nullptr;
  size_t size = 0;
  const int status = pixWriteMem(&data, &size, pix, format);
  pixDestroy(&pix);
  if (status != 0 || data == nullptr) {
    throw std::runtime_error("Leptonica could not write the image");
  }
  std::string bytes(reinterpret_cast<const char*>(data), size);
  lept_free(data);
  return bytes;
}

PIX* small_gray_image() {
  PIX* pix = pixCreate(64, 64, 8);
  pixSetAllArbitrary(pix, 200);
  return pix;
}

} // namespace

std::string random_bytes_behind_pdf_header(std::size_t size, std::uint32_t seed) {
  std::mt19937 random(seed);
  std::string bytes = "%PDF-1.7\n";
  for (std::size_t i = 0; i < size; ++i) {
    bytes += static_cast<char>(random() & 0xFF);
  }
  return bytes;
}

std::string with_broken_xref(const std::string& pdf) {
  // Ten-digit offsets in the table, and the number after startxref.
  static const std::regex k_entry(R"(\d{10} 00000 n)");
  std::string broken = std::regex_replace(pdf, k_entry, "9999999999 00000 n");
  const std::size_t startxref = broken.rfind("startxref\n");
  if (startxref == std::string::npos) {
    throw std::runtime_error("no startxref");
  }
  const std::size_t number = startxref + std::string_view("startxref\n").size();
  broken.replace(number, broken.find('\n', number) - number, "987654321");
  return broken;
}

std::string many_pages_pdf(int pages) {
  std::vector<PdfPage> all(static_cast<std::size_t>(pages));
  for (int i = 0; i < pages; ++i) {
    PdfPage& page = all[static_cast<std::size_t>(i)];
    page.lines = {"Page " + std::to_string(i + 1) + " of the long release.",
                  "Participation in Secure Communities was described as voluntary",
                  "in the memorandum sent to every field office director, and the",
                  "counties that asked to opt out were told to write to the office.",
                  "Requests were reviewed within thirty days of their receipt by staff."};
  }
  return make_pdf(all);
}

std::string deeply_nested_pdf(int depth, bool in_page_dictionary) {
  const std::string arrays = nested(depth, "[", "]", "0");
  const std::string dictionaries = nested(depth, "<< /A ", " >>", "1");
  const std::string content = arrays + " pop\nBT /F1 12 Tf 72 720 Td (Deeply nested but readable) "
                                       "Tj ET\n";
  std::vector<std::string> objects = one_page_objects(
      in_page_dictionary ? "/Deep " + arrays + " /Deeper " + dictionaries : "", content);
  objects[0] = "<< /Type /Catalog /Pages 2 0 R /Nest " + dictionaries + " >>";
  return assemble_pdf(objects);
}

std::string looping_page_tree_pdf() {
  // 2 lists the page, itself, and 6, whose only kid is 2 again.
  std::vector<std::string> objects = one_page_objects("", "BT /F1 12 Tf 72 720 Td (Loop) Tj ET\n");
  objects[1] = "<< /Type /Pages /Kids [4 0 R 2 0 R 6 0 R] /Count 3 >>";
  objects.push_back("<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>");
  return assemble_pdf(objects);
}

std::string flate_bomb_pdf(int width, int height) {
  // Deflate 1 MiB of zeros with a full flush: the blocks that come out depend on nothing before
  // them, so repeating them gives a valid stream of any length without compressing it all.
  constexpr std::size_t k_chunk = 1 << 20;
  z_stream zs{};
  if (deflateInit(&zs, 9) != Z_OK) {
    throw std::runtime_error("deflateInit failed");
  }
  std::vector<unsigned char> zeros(k_chunk, 0);
  std::vector<unsigned char> out(k_chunk);
  const auto deflate_chunk = [&](std::size_t input) {
    zs.next_in = zeros.data();
    zs.avail_in = static_cast<uInt>(input);
    zs.next_out = out.data();
    zs.avail_out = static_cast<uInt>(out.size());
    if (deflate(&zs, Z_FULL_FLUSH) != Z_OK || zs.avail_in != 0) {
      throw std::runtime_error("deflate failed");
    }
    return std::string(reinterpret_cast<const char*>(out.data()), out.size() - zs.avail_out);
  };
  const std::uint64_t total =
      static_cast<std::uint64_t>(width) * static_cast<std::uint64_t>(height);
  std::string data = deflate_chunk(0); // the two-byte zlib header alone
  const std::string block = deflate_chunk(k_chunk);
  const std::string tail = deflate_chunk(total % k_chunk);
  deflateEnd(&zs);
  for (std::uint64_t i = 0; i < total / k_chunk; ++i) {
    data += block;
  }
  data += tail;
  data += std::string("\x03\x00", 2); // a last, empty block
  // Adler-32 of `total` zero bytes: the low sum stays 1, the high one counts the bytes.
  const auto adler = static_cast<std::uint32_t>(((total % 65521) << 16) | 1);
  data += std::string(4, '\0');
  set_u32_be(data, data.size() - 4, adler);

  std::vector<std::string> objects =
      one_page_objects("/XObject << /Im0 6 0 R >>", "q 612 0 0 792 0 0 cm /Im0 Do Q\n");
  objects.push_back(stream_object("/Type /XObject /Subtype /Image /Width " + std::to_string(width) +
                                      " /Height " + std::to_string(height) +
                                      " /ColorSpace /DeviceGray /BitsPerComponent 8 "
                                      "/Filter /FlateDecode",
                                  data));
  return assemble_pdf(objects);
}

std::string lying_tiff(std::uint32_t width, std::uint32_t height, std::uint32_t strip_offset) {
  struct Entry {
    std::uint16_t tag;
    std::uint16_t type; // 3 SHORT, 4 LONG
    std::uint32_t value;
  };
  const std::uint64_t claimed = static_cast<std::uint64_t>(width) * height;
  const std::vector<Entry> entries = {
      {256, 4, width},        // ImageWidth
      {257, 4, height},       // ImageLength
      {258, 3, 8},            // BitsPerSample
      {259, 3, 1},            // no compression
      {262, 3, 1},            // black is zero
      {273, 4, strip_offset}, // StripOffsets
      {277, 3, 1},            // SamplesPerPixel
      {278, 4, height},       // RowsPerStrip
      {279, 4, static_cast<std::uint32_t>(std::min<std::uint64_t>(claimed, 0xFFFFFFFFu))}, // bytes
  };
  std::string tiff = "II*";
  tiff += '\0';
  put_u32_le(tiff, 8); // the first directory follows the header
  put_u16_le(tiff, static_cast<std::uint32_t>(entries.size()));
  for (const Entry& entry : entries) {
    put_u16_le(tiff, entry.tag);
    put_u16_le(tiff, entry.type);
    put_u32_le(tiff, 1);
    if (entry.type == 3) {
      put_u16_le(tiff, entry.value);
      put_u16_le(tiff, 0);
    } else {
      put_u32_le(tiff, entry.value);
    }
  }
  put_u32_le(tiff, 0); // no next directory
  tiff += std::string(256, '\x80');
  return tiff;
}

std::string lying_png(std::uint32_t width, std::uint32_t height) {
  std::string png = memory_image(small_gray_image(), IFF_PNG);
  // Signature (8), IHDR length (4) and type (4), then width and height; the CRC covers the type
  // and the 13 data bytes.
  constexpr std::size_t k_ihdr_type = 12;
  set_u32_be(png, 16, width);
  set_u32_be(png, 20, height);
  const auto crc = static_cast<std::uint32_t>(
      crc32(0, reinterpret_cast<const Bytef*>(png.data() + k_ihdr_type), 4 + 13));
  set_u32_be(png, k_ihdr_type + 4 + 13, crc);
  return png;
}

std::string lying_jpeg(std::uint16_t width, std::uint16_t height) {
  std::string jpeg = memory_image(small_gray_image(), IFF_JFIF_JPEG);
  // Start of frame: FF C0, length (2), precision (1), height (2), width (2).
  const std::size_t frame = jpeg.find("\xFF\xC0");
  if (frame == std::string::npos) {
    throw std::runtime_error("no baseline frame header in the JPEG");
  }
  jpeg[frame + 5] = static_cast<char>(height >> 8);
  jpeg[frame + 6] = static_cast<char>(height & 0xFF);
  jpeg[frame + 7] = static_cast<char>(width >> 8);
  jpeg[frame + 8] = static_cast<char>(width & 0xFF);
  return jpeg;
}

} // namespace foia::test
