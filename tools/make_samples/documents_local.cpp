// Letters from Santa Clara County, the San Francisco Sheriff's Department and the California
// Department of Justice. The opt-out statements are listed, with stance, in samples/README.md;
// keep the two in step when editing text here. Names of people are invented.

#include "model.hpp"

namespace make_samples {
namespace {

// The county asks to opt out, believing it may (September 2010); scanned.
Document santa_clara_letter() {
  return {
      "03-santa-clara-letter-2010-09-28.pdf",
      "Santa Clara County Board of Supervisors: request to opt out of Secure Communities",
      "Santa Clara County Board of Supervisors",
      Face::serif,
      11.5,
      "ICE FOIA 10-2674.",
      1410,
      7,
      {
          {PageMode::scan,
           {
               letterhead("Board of Supervisors\nCounty of Santa Clara\n70 West Hedding Street\n"
                          "San Jose, California 95110"),
               lines("28 September 2010"),
               gap(),
               lines("Assistant Director, Secure Communities\nU.S. Immigration and Customs "
                     "Enforcement\n"
                     "500 12th Street SW\nWashington, DC 20536"),
               gap(),
               lines("Re: Request to opt out of Secure Communities"),
               gap(),
               lines("Dear Assistant Director:"),
               gap(),
               paragraph(
                   "On September 28, 2010, the Santa Clara County Board of Supervisors voted to "
                   "request that the County not participate in Secure Communities."),
               paragraph(
                   "The County understands that participation in Secure Communities is voluntary, "
                   "and that a county may opt out by written request."),
               paragraph(
                   "Accordingly, the County of Santa Clara hereby requests to opt out of Secure "
                   "Communities. Please confirm in writing that fingerprints the County submits "
                   "will not be shared with ICE."),
           },
           0.9},
          {PageMode::scan,
           {
               paragraph(
                   "Please direct your response to the Clerk of the Board at (408) 299-5001."),
               lines("Sincerely,"),
               gap(2),
               lines("Elena Marquez-Holt\nPresident, Board of Supervisors"),
               gap(),
               lines("cc: Sheriff, County of Santa Clara\n    California Department of Justice"),
               gap(2),
               lines("Attachment: agenda excerpt, regular meeting of 09/28/2010"),
               gap(),
               lines("Item 14.  Discussion: opting out of Secure Communities"),
           },
           -1.2},
      },
  };
}

// The California Department of Justice says counties cannot opt out (November 2010). Page 1 has a
// text layer; page 2 is a scan; page 3 is a scan whose text layer holds only the Bates stamp.
Document california_doj_letter() {
  return {
      "06-ca-doj-letter-2010-11-09.pdf",
      "California Department of Justice: Secure Communities",
      "California Department of Justice, Office of the Attorney General",
      Face::serif,
      11.5,
      "ICE FOIA 10-2674.",
      1620,
      7,
      {
          {PageMode::text,
           {
               letterhead(
                   "State of California\nDepartment of Justice\nOffice of the Attorney General\n"
                   "1300 I Street, Sacramento, CA 95814"),
               lines("November 9, 2010"),
               gap(),
               lines("Sheriff\nSan Francisco Sheriff's Department\n1 Dr. Carlton B. Goodlett "
                     "Place, Room 456\n"
                     "San Francisco, CA 94102"),
               gap(),
               lines("Re: Secure Communities"),
               gap(),
               lines("Dear Sheriff:"),
               gap(),
               paragraph(
                   "Thank you for your letter of September 2010 about Secure Communities and the "
                   "memorandum of agreement between the California Department of Justice and ICE."),
               paragraph(
                   "Your letter relies on an ICE memorandum of Aug. 17, 2010. This Department has "
                   "since discussed that memorandum with ICE and DHS, and writes to explain the "
                   "Department's position."),
           }},
          {PageMode::scan,
           {
               paragraph("Secure Communities operates through the fingerprints that local agencies "
                         "submit to the California Department of Justice, which forwards every "
                         "submission "
                         "to the FBI."),
               paragraph(
                   "Under our agreement with ICE, there is no opt-out for individual counties. A "
                   "county cannot opt out of Secure Communities by a written request to this "
                   "Department or to ICE."),
               paragraph(
                   "Records about the program are being released under 5 U.S.C. 552 in National "
                   "Day Laborer Organizing Network v. ICE, No. 1:10-cv-03488 (S.D.N.Y.)."),
           },
           0.6},
          {PageMode::scan_text_bates,
           {
               paragraph(
                   "Until ICE advises otherwise, every county in California will take part in "
                   "Secure Communities, and participation will be mandatory by 2013."),
               lines("Sincerely,"),
               gap(2),
               lines("Margaret A. Linwood\nSenior Assistant Attorney General\nFor the Attorney "
                     "General"),
               gap(),
               lines("cc: Santa Clara County Board of Supervisors\n"
                     "    U.S. Immigration and Customs Enforcement"),
           },
           -1.4},
      },
  };
}

// The sheriff's request, which the county and the state answer differently (September 2010).
Document san_francisco_sheriff_letter() {
  return {
      "07-sf-sheriff-letter-2010-09-20.pdf",
      "San Francisco Sheriff's Department: Secure Communities",
      "San Francisco Sheriff's Department",
      Face::serif,
      11.5,
      "ICE FOIA 10-2674.",
      1588,
      7,
      {
          {PageMode::text,
           {
               letterhead("San Francisco Sheriff's Department\nCity Hall, Room 456\n"
                          "1 Dr. Carlton B. Goodlett Place\nSan Francisco, CA 94102"),
               lines("September 20, 2010"),
               gap(),
               lines("Attorney General\nCalifornia Department of Justice\n1300 I Street\n"
                     "Sacramento, CA 95814"),
               gap(),
               lines("Re: Secure Communities"),
               gap(),
               paragraph(
                   "The San Francisco Sheriff's Department's position is that participation is "
                   "voluntary."),
               paragraph(
                   "The Department therefore submits this written request to opt out of Secure "
                   "Communities, and asks the California Department of Justice not to forward "
                   "San Francisco fingerprints to DHS."),
               lines("Sincerely,"),
               gap(2),
               lines("Sheriff, City and County of San Francisco"),
               gap(),
               lines("cc: U.S. Immigration and Customs Enforcement\n    U.S. Department of "
                     "Homeland Security"),
           }},
      },
  };
}

} // namespace

std::vector<Document> local_documents() {
  return {santa_clara_letter(), california_doj_letter(), san_francisco_sheriff_letter()};
}

} // namespace make_samples
