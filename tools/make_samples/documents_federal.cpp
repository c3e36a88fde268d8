// ICE and DHS documents. The opt-out statements are listed, with stance, in samples/README.md;
// keep the two in step when editing text here. Names of people are invented.

#include "model.hpp"

namespace make_samples {
namespace {

const char* const k_ice_letterhead = "U.S. Immigration and Customs Enforcement\n"
                                     "U.S. Department of Homeland Security\n"
                                     "500 12th Street SW\n"
                                     "Washington, DC 20536";

// ICE says opting out is available (August 2010).
Document ice_memo_august() {
  return {
      "01-ice-memo-2010-08-17.pdf",
      "Memorandum: Jurisdictions Requesting Not to Participate in Secure Communities",
      "U.S. Immigration and Customs Enforcement",
      Face::serif,
      11,
      "ICE FOIA 10-2674.",
      1234,
      7,
      {
          {PageMode::text,
           {
               letterhead(k_ice_letterhead),
               field("MEMORANDUM FOR:", "Field Office Directors\nSpecial Agents in Charge"),
               field("FROM:", "Daniel R. Whitcomb\nAssistant Director, Secure Communities"),
               field("SUBJECT:",
                     "Jurisdictions Requesting Not to Participate in Secure Communities"),
               field("DATE:", "August 17, 2010"),
               rule(),
               paragraph(
                   "Secure Communities is the ICE program that uses biometric information sharing "
                   "between DHS and the Department of Justice (DOJ) to identify removable aliens "
                   "in "
                   "the custody of state and local law enforcement. When a jurisdiction submits "
                   "fingerprints to the FBI Criminal Justice Information Services (CJIS) Division, "
                   "the prints are also checked against DHS biometric records, including records "
                   "held by USCIS."),
               paragraph(
                   "This memorandum sets forth the process to follow when a jurisdiction asks to "
                   "decline. A jurisdiction that does not wish to participate may opt out by "
                   "submitting a written request to the Secure Communities program office and to "
                   "its "
                   "state identi~fication bureau."),
               paragraph(
                   "Participation is voluntary. Field offices should acknowledge each request "
                   "within 15 days, meet with the requesting jurisdiction, and forward the request "
                   "to "
                   "the Secure Communities program office, which can be reached at (202) "
                   "732-3000."),
               paragraph("This guidance takes effect on 2010-08-17. It does not affect agreements "
                         "entered "
                         "into under section 287(g) of the Immigration and Nationality Act."),
           }},
          {PageMode::text,
           {
               paragraph(
                   "Point of contact for this memorandum is [[(b)(6);(b)(7)(C)|150]] of the Secure "
                   "Communities program office."),
               paragraph("Deliberative note for field office directors only:"),
               redacted_lines("(b)(5)", 4),
               gap(2),
               lines("[[(b)(6)|150]]"),
               lines("Daniel R. Whitcomb\nAssistant Director\nSecure Communities"),
               gap(),
               lines("cc: Office of State, Local and Tribal Coordination"),
           }},
      },
  };
}

// ICE answers a county police department's question by email (August 2010).
Document ice_email_august() {
  return {
      "02-ice-email-2010-08-17.pdf",
      "RE: Can a county opt out of Secure Communities?",
      "U.S. Immigration and Customs Enforcement",
      Face::mono,
      9.5,
      "ICE FOIA 10-2674.",
      1301,
      7,
      {
          {PageMode::text,
           {
               field("From:", "[[(b)(6);(b)(7)(C)|150]]"),
               field("Sent:", "Tuesday, August 17, 2010 3:15 PM"),
               field("To:", "Oyelaran, Mark (ACPD)"),
               field("Cc:", "SC Outreach; [[(b)(6)|90]]"),
               field("Subject:", "RE: Can a county opt out of Secure Communities?"),
               gap(),
               lines("Lieutenant Oyelaran,"),
               gap(),
               paragraph(
                   "Thank you for your call on 8/17/10. Yes. Participation is voluntary. Under the "
                   "memo dated 08/17/2010, a jurisdiction that does not wish to participate may "
                   "opt "
                   "out by submitting a written request to the Secure Communities program office, "
                   "and "
                   "we will meet with you to discuss your concerns."),
               redacted_lines("(b)(5)", 3),
               lines("Regards,"),
               lines("[[(b)(6)|120]]"),
               lines("Secure Communities\nU.S. Immigration and Customs Enforcement\nOffice: (202) "
                     "732-3000"),
               gap(2),
               lines("-----Original Message-----"),
               field("From:", "Oyelaran, Mark (ACPD)"),
               field("Sent:", "Monday, August 16, 2010 4:52 PM"),
               field("To:", "SC Outreach"),
               field("Subject:", "Can a county opt out of Secure Communities?"),
           }},
          {PageMode::text,
           {
               lines("To whom it may concern,"),
               gap(),
               paragraph(
                   "The Arlington County Board has asked the Arlington County Police Department a "
                   "direct question before its meeting on 2010-08-24. Can a county opt out of "
                   "Secure "
                   "Communities? If so, what must the request include, and to whom should it be "
                   "sent?"),
               lines("Lt. Mark Oyelaran"),
               lines("Arlington County Police Department"),
               lines("[[(b)(6)|110]]"),
           }},
      },
  };
}

// ICE reverses itself: there is no opt-out (October 2010).
Document ice_talking_points_october() {
  return {
      "04-ice-talking-points-2010-10-06.pdf",
      "Secure Communities Talking Points",
      "U.S. Immigration and Customs Enforcement",
      Face::serif,
      11,
      "ICE FOIA 10-2674.",
      1502,
      7,
      {
          {PageMode::text,
           {
               letterhead("U.S. Immigration and Customs Enforcement\nSecure Communities Program "
                          "Management Office"),
               title("SECURE COMMUNITIES: TALKING POINTS"),
               lines("October 6, 2010 (supersedes guidance of 17 August 2010)"),
               gap(),
               bullet("Secure Communities is not an opt-in/opt-out program."),
               bullet(
                   "There is no opt-out. Fingerprints that a jurisdiction submits to the FBI CJIS "
                   "Division are checked against DHS records in every case."),
               bullet(
                   "ICE is deploying Secure Communities to every jurisdiction in the nation, and "
                   "participation will be mandatory by 2013."),
               bullet("ICE expects to complete nationwide deployment in FY 2013."),
               bullet("Secure Communities is separate from the 287(g) program, which remains a "
                      "voluntary "
                      "agreement with ICE."),
               bullet("Media inquiries: ICE Office of Public Affairs, (202) 732-4242."),
               gap(),
               lines("Note to staff:"),
               redacted_lines("(b)(5)", 3),
           }},
      },
  };
}

// The DHS production of an internal ICE email: opt-out requests will be refused (October 2010).
Document dhs_email_october() {
  return {
      "05-dhs-email-2010-10-05.pdf",
      "RE: Santa Clara County request",
      "U.S. Department of Homeland Security",
      Face::mono,
      10,
      "DHS-SC-",
      101,
      6,
      {
          {PageMode::scan,
           {
               field("From:", "[[(b)(6)|100]]"),
               field("Sent:", "Tuesday, October 5, 2010 9:41 AM"),
               field("To:", "[[(b)(6);(b)(7)(C)|150]]"),
               field("Cc:", "SC Deployment"),
               field("Subject:", "RE: Santa Clara County request"),
               gap(),
               lines("All,"),
               gap(),
               paragraph(
                   "After the Oct. 1 meeting with DHS leadership, the position of ICE is settled: "
                   "requests to opt out will not be granted. Fingerprints that a county submits to "
                   "the "
                   "FBI will be checked against DHS records whether or not it signs an agreement."),
               redacted_lines("(b)(5)", 3),
               lines("[[(b)(6)|100]]"),
               lines("Secure Communities Program Management Office\nU.S. Immigration and Customs "
                     "Enforcement"),
           },
           0.8},
          {PageMode::scan,
           {
               lines("-----Original Message-----"),
               field("From:", "Office of the County Executive, County of Santa Clara"),
               field("Sent:", "Thursday, September 30, 2010 11:02 AM"),
               field("To:", "SC Deployment"),
               field("Subject:", "Santa Clara County request"),
               gap(),
               paragraph(
                   "Attached is the Board of Supervisors' letter of September 28, 2010. Please "
                   "confirm the process ICE will follow for the County's request."),
           },
           -1.1},
          {PageMode::blank_scan, {}, 0},
      },
  };
}

} // namespace

std::vector<Document> federal_documents() {
  return {ice_memo_august(), ice_email_august(), ice_talking_points_october(), dhs_email_october()};
}

} // namespace make_samples
