#include "analyze_support.hpp"

#include <gtest/gtest.h>

namespace foia::analyze {
namespace {

using testing::tag_values;

struct AgencyCase {
  const char* text;
  std::vector<std::string> values;
};

const AgencyCase k_agency_cases[] = {
    {"U.S. Immigration and Customs Enforcement", {"ICE"}},
    {"a memo from ICE to DHS", {"ICE", "DHS"}},
    {"The Department of Homeland Security", {"DHS"}},
    {"the Federal Bureau of Investigation and the FBI", {"FBI", "FBI"}},
    {"FBI CJIS Division, Clarksburg", {"FBI CJIS"}},
    {"Criminal Justice Information Services Division", {"FBI CJIS"}},
    // Other bodies' CJIS units are theirs, not the FBI's; a list names the FBI's.
    {"the Nebraska State Patrol, CJIS Division; DHS and CJIS",
     {"Nebraska State Patrol", "DHS", "FBI CJIS"}},
    {"SOUTH CAROLINA LAW ENFORCEMENT DIVISION (SLED), CJIS SECTION. SLED CJIS HELP DESK",
     {"South Carolina Law Enforcement Division", "South Carolina Law Enforcement Division",
      "South Carolina Law Enforcement Division"}},
    // After a dash or a possessive too; and a unit named after the acronym is whoever's it is.
    {"TENNESSEE BUREAU OF INVESTIGATION - CJIS SUPPORT CENTER; the Pennsylvania State Police's "
     "CJIS liaison",
     {"Tennessee Bureau of Investigation", "Pennsylvania State Police"}},
    {"Assigned: CJIS Support - Tier 2. CJIS Unit Manager. Sent to CJIS.", {"FBI CJIS"}},
    {"TENNESSEE BUREAU OF INVESTIGATION - CJIS liaison", {"Tennessee Bureau of Investigation"}},
    // Capitals throughout are no unit's name.
    {"SENT TO FBI CJIS FOR APPROVAL. CJIS FOR REVIEW.", {"FBI CJIS", "FBI CJIS"}},
    {"the Florida Department of Law Enforcement and the Massachusetts Executive Office of Public "
     "Safety and Security",
     {"Florida Department of Law Enforcement",
      "Massachusetts Executive Office of Public Safety and Security"}},
    // A county's name wrapped onto the next line of running text ends before "County"; a name on
    // a line of its own (a signature's) is no county's.
    {"ROB STANEK, CHIEF DEPUTY, TAMBER\nCOUNTY SHERIFF'S OFFICE. JULIA BRANDT, TAMBER COUNTY "
     "STATE'S\nATTORNEY'S OFFICE.",
     {"Tamber County Sheriff's Office", "Tamber County State's Attorney"}},
    {"Mark Whitaker\nAlder County Sheriff's Office\n\nJane Doe\nCounty Sheriff's Office",
     {"Alder County Sheriff's Office"}},
    // A governor's letterhead: the State over the office.
    {"                 STATE OF MARYLAND\n              OFFICE OF THE GOVERNOR\n\nMay 19, 2011",
     {"Maryland Governor"}},
    // A state's name still wraps between its words.
    {"NEW\nYORK STATE POLICE", {"New York State Police"}},
    // A sheriff's office abbreviated "Co. S.O.", or as a form's field has it, "Co SO".
    {"Caddo Springs Co. S.O. and the Harris County S.O.",
     {"Caddo Springs County Sheriff's Office", "Harris County Sheriff's Office"}},
    {"Org: Tallgrass Co SO   Org: Kiowa Bend Co SO   the Pine Co SOLAR farm",
     {"Tallgrass County Sheriff's Office", "Kiowa Bend County Sheriff's Office"}},
    // A parish's too, and a board of county commissioners by its initials.
    {"Theriot Parish S.O., Chaumont Parish SO and the Wickersham BOCC",
     {"Theriot Parish Sheriff's Office", "Chaumont Parish Sheriff's Office",
      "Wickersham County Board of Commissioners"}},
    // A county's board, commission and attorney's office; a parish's police jury.
    {"the SANGAMORE COUNTY BOARD, the Kanarra County Commission, the Pell County Attorney's "
     "Office and the Chaumont Parish Police Jury",
     {"Sangamore County Board", "Kanarra County Commission", "Pell County Attorney's Office",
      "Chaumont Parish Police Jury"}},
    {"the Harris County Board of Supervisors", {"Harris County Board of Supervisors"}},
    {"the Harlan County Commissioners Court, the Boone County Fiscal Court, the Essex County "
     "Prosecutor's Office and the Verano County Public Defender's Office",
     {"Harlan County Commissioners Court", "Boone County Fiscal Court",
      "Essex County Prosecutor's Office", "Verano County Public Defender"}},
    {"the Hudson Town Board, the Lyons Village Board and the Ames Board of Aldermen",
     {"Hudson Town Board", "Lyons Village Board", "Ames Board of Aldermen"}},
    // A board of county commissioners of a county; a city's "P.D."; a county solicitor, and
    // after a determiner a name wrapped onto the next line; an assistant's title is a person's.
    {"the Board of County Commissioners of Fenmore County and Sonora Wells P.D.",
     {"Fenmore County Board of Commissioners", "Sonora Wells Police Department"}},
    {"The Stoney Run\n     County Solicitor wrote. The Assistant County Solicitor replied.",
     {"Stoney Run County Solicitor"}},
    // Not a signature's title above a line that opens with "County", nor a degree, nor "Call".
    {"Sincerely,\n\nDeputy Jane Doe\nCounty Sheriff's Office", {}},
    {"Contact Officer Jane Doe, Ph.D. P.D. about it. Call P.D. now.", {}},
    {"The Maryland Department of Public Safety and Correctional Services",
     {"Maryland Department of Public Safety and Correctional Services"}},
    // A county executive is a person's title.
    {"The Honorable Lena Okafor\nKing County Executive", {}},
    // Two acronyms joined by a hyphen are two mentions; a unit after its parent's is no second.
    {"All WCSO-ICE correspondence; DHS-OIG Case No. 12", {"ICE", "DHS"}},
    // A state body's own initials after the state's name, the longest state's.
    {"The West Virginia State Police and the Virginia State Police met. The West Virginia DPS "
     "sent the prints.",
     {"West Virginia State Police", "Virginia State Police",
      "West Virginia Department of Public Safety"}},
    {"the Utah BCI and Iowa DCI",
     {"Utah Bureau of Criminal Identification", "Iowa Division of Criminal Investigation"}},
    {"ICE ERO field offices", {"ICE ERO"}},
    {"Enforcement and Removal Operations", {"ICE ERO"}},
    {"DHS Office of Inspector General", {"DHS OIG"}},
    {"U.S. Citizenship and Immigration Services and CBP", {"USCIS", "CBP"}},
    {"the U.S. Department of Justice", {"DOJ"}},
    {"the United States\nDepartment of Justice", {"DOJ"}},
    {"the California Department of Justice", {"California Department of Justice"}},
    {"State of California\nDEPARTMENT OF JUSTICE", {"California Department of Justice"}},
    {"the California Attorney General", {"California Attorney General"}},
    {"the Attorney General of California", {"California Attorney General"}},
    {"the Massachusetts State Police", {"Massachusetts State Police"}},
    {"ILLINOIS STATE POLICE", {"Illinois State Police"}},
    // Named as written: "State" stays when the name has it.
    {"the New York State Division of Criminal Justice Services",
     {"New York State Division of Criminal Justice Services"}},
    {"NORTH CAROLINA STATE BUREAU OF INVESTIGATION and the Iowa Division of Criminal "
     "Investigation",
     {"North Carolina State Bureau of Investigation", "Iowa Division of Criminal Investigation"}},
    // A county's sheriff, named by title, speaks for the Sheriff's Office.
    {"the Sheriff of Cook County", {"Cook County Sheriff's Office"}},
    {"said Brannock County Sheriff Tomas Reyes", {"Brannock County Sheriff's Office"}},
    {"the Bellhaven County Legislature and the Ravensworth County Council",
     {"Bellhaven County Legislature", "Ravensworth County Council"}},
    {"the Port Carrow PD", {"Port Carrow Police Department"}},
    {"the Maryland Department of Public Safety and Correctional Services",
     {"Maryland Department of Public Safety and Correctional Services"}},
    {"Office of Inspector General\nU.S. Department of Homeland Security", {"DHS OIG", "DHS"}},
    {"OFFICE OF THE SHERIFF\nLAKE COUNTY", {"Lake County Sheriff's Office"}},
    {"Office of the Sheriff, Lake County", {}}, // one line: an office named in running text
    {"Santa Fe County\nSheriff's Office", {"Santa Fe County Sheriff's Office"}},
    // ICE offices other than ERO are ICE: its lawyers, investigators and support center.
    {"Homeland Security Investigations and the INS", {"ICE", "INS"}},
    {"OPLA and the ICE Law Enforcement Support Center", {"ICE", "ICE"}},
    {"San Francisco Sheriff's Department", {"San Francisco Sheriff's Department"}},
    {"cc: Denver Sheriff Department", {"Denver Sheriff Department"}},
    {"the Georgia Crime Information Center", {"Georgia Crime Information Center"}},
    {"STATE OF NEW MEXICO\nOFFICE OF THE ATTORNEY GENERAL", {"New Mexico Attorney General"}},
    {"held at the Caliche County Detention Center or the Cook County Jail", {}},
    {"OFFICE OF THE TAMARACK COUNTY COUNSEL", {"Tamarack County Counsel"}},
    {"RESOLUTION OF THE CITY COUNCIL OF THE CITY OF PORT ALDEN CONCERNING SECURE COMMUNITIES",
     {"Port Alden City Council"}},
    {"NOW, THEREFORE, BE IT RESOLVED BY THE CITY COUNCIL:", {}},
    {"the San Francisco Sheriff’s Department", {"San Francisco Sheriff's Department"}},
    {"Arlington County Police Department", {"Arlington County Police Department"}},
    // A table's column gap ends a name: the status column is no part of it.
    {"Eldon Co.   05/11/2010   ACTIVATED      Eldon County Sheriff's Office asked",
     {"Eldon County Sheriff's Office"}},
    {"The Ridley Select Board voted; the Harwick Town Council did not.",
     {"Ridley Select Board", "Harwick Town Council"}},
    {"Ames Board of Selectmen", {"Ames Board of Selectmen"}},
    {"Santa Clara County Board of Supervisors", {"Santa Clara County Board of Supervisors"}},
    {"COUNTY OF MARISOL\nBOARD OF SUPERVISORS", {"Marisol County Board of Supervisors"}},
    {"King County Sheriff’s Ofﬁce", {"King County Sheriff's Office"}},
    {"ST. AUBIN PARISH SHERIFF'S OFFICE", {"St. Aubin Parish Sheriff's Office"}},
    {"The Sheriff's Office", {}},
    {"Board of Supervisors\nCounty of Santa Clara\u2122",
     {"Santa Clara County Board of Supervisors"}},
    {"U.S. Immigration and\u2018 Customs Enforcement", {"ICE"}},
    // Acronyms fire only as whole words in capitals.
    {"Please take notice of the ice storm.", {}},
    {"Justice was served; the service was nice.", {}},
    {"An ICE storm of paperwork", {}},
    {"Email sent to john@ice.dhs.gov and dhs.gov", {}},
    {"Secure Communities is a program, not an agency.", {}},
};

TEST(AgencyTagger, TagsEachRowAsExpected) {
  for (const AgencyCase& row : k_agency_cases) {
    EXPECT_EQ(tag_values(row.text, "agency"), row.values) << "text: " << row.text;
  }
}

TEST(AgencyTagger, PointsOffsetsIntoTheOriginalText) {
  const std::string text = "“Per the King County Sheriff’s Ofﬁce”";
  const auto tags = testing::tag_text(text);
  ASSERT_EQ(tags.size(), 1u);
  EXPECT_EQ(tags[0].text, "King County Sheriff’s Ofﬁce");
  EXPECT_EQ(text.substr(tags[0].start, tags[0].end - tags[0].start), tags[0].text);
}

TEST(AgencyTagger, DoesNotTagAcronymsInsideBatesStamps) {
  EXPECT_EQ(tag_values("DHS-SC-012345", "agency"), std::vector<std::string>{});
  EXPECT_EQ(tag_values("ICE FOIA 10-2674.0001234", "agency"), std::vector<std::string>{});
}

TEST(AgencyTagger, LearnsAcronymsTheDocumentDefines) {
  const auto values =
      tag_values("The Washington State Patrol (WSP) will sign. WSP staff asked; the WSP-1 "
                 "form and NWSP are not mentions.",
                 "agency");
  // The "(WSP)" of the definition is a mention too.
  EXPECT_EQ(values, (std::vector<std::string>{"Washington State Patrol", "Washington State Patrol",
                                              "Washington State Patrol"}));
  // A State's body named whole goes by its name without the State's after "the" too.
  EXPECT_EQ(tag_values("Prints go to the Washington State Patrol in Olympia. The State Patrol "
                       "told us so; State Patrol staff agree.",
                       "agency"),
            (std::vector<std::string>{"Washington State Patrol", "Washington State Patrol",
                                      "Washington State Patrol"}));
  // A document that names a state's Department of Justice means it by the bare name later,
  // unless it names the federal one as such.
  EXPECT_EQ(
      tag_values("Our board wrote to ICE and CA DOJ. DOJ will pass a letter along.", "agency"),
      (std::vector<std::string>{"ICE", "California Department of Justice",
                                "California Department of Justice"}));
  EXPECT_EQ(tag_values("The U.S. Department of Justice and the California Department of Justice "
                       "met. DOJ said no.",
                       "agency"),
            (std::vector<std::string>{"DOJ", "California Department of Justice", "DOJ"}));
  // Only letters that can abbreviate the name: a transcript's "(SOT)" cue is no definition.
  EXPECT_EQ(
      tag_values("the Washington State Patrol (WASP); WASP staff. "
                 "TOLLIVER COUNTY SHERIFF'S OFFICE (SOT): no. SOT",
                 "agency"),
      (std::vector<std::string>{"Washington State Patrol", "Washington State Patrol",
                                "Washington State Patrol", "Tolliver County Sheriff's Office"}));
}

TEST(AgencyTagger, PrefersTheDocumentsDefinitionOfAnAcronym) {
  // "DOJ" is the U.S. Department of Justice, unless the document says otherwise.
  EXPECT_EQ(tag_values("Prints go to the California Department of Justice (DOJ). DOJ forwards "
                       "them to the FBI.",
                       "agency"),
            (std::vector<std::string>{"California Department of Justice",
                                      "California Department of Justice",
                                      "California Department of Justice", "FBI"}));
}

TEST(AgencyTagger, ReadsTheInitialsOfANamedAgencyAsIt) {
  // Never defined, but the initials of an agency the page names: "NMDPS", "KCSO". Initials of no
  // named agency ("ABC"), and too short ones, stay untagged.
  EXPECT_EQ(tag_values("The New Mexico Department of Public Safety wrote; NMDPS staff and the "
                       "ABC office agreed.",
                       "agency"),
            (std::vector<std::string>{"New Mexico Department of Public Safety",
                                      "New Mexico Department of Public Safety"}));
  EXPECT_EQ(
      tag_values("Kane County Sheriff's Office. KCSO deputies; KCSO-2 is a form.", "agency"),
      (std::vector<std::string>{"Kane County Sheriff's Office", "Kane County Sheriff's Office"}));
  // A party's role in a caption is no part of the name its acronym is defined for.
  EXPECT_EQ(
      tag_values("Defendant Pruitt County Sheriff's Office (\"PCSO\") answers. PCSO objects.",
                 "agency"),
      (std::vector<std::string>{"Pruitt County Sheriff's Office", "Pruitt County Sheriff's Office",
                                "Pruitt County Sheriff's Office"}));
  // A state body's initials may leave out its state's.
  EXPECT_EQ(tag_values("The Minnesota Bureau of Criminal Apprehension wrote. BCA staff agreed.",
                       "agency"),
            (std::vector<std::string>{"Minnesota Bureau of Criminal Apprehension",
                                      "Minnesota Bureau of Criminal Apprehension"}));
}

TEST(AgencyTagger, ReadsAStateBodysInitialsInADocumentThatNamesTheState) {
  // Never named in full: the state's initials and the body's, for a state the document names.
  EXPECT_EQ(tag_values("Once Virginia was activated, VSP could not stop it. KBI agreed.", "agency"),
            (std::vector<std::string>{"Virginia State Police"}));
  // The page's own word chooses between a body's names.
  EXPECT_EQ(tag_values("In Nebraska the State Patrol runs the bureau; NSP staff agreed.", "agency"),
            (std::vector<std::string>{"Nebraska State Patrol"}));
  // Two named states with the same initials, or a code in a table's row, name nobody.
  EXPECT_TRUE(tag_values("Iowa and Idaho both wrote. ISP staff agreed.", "agency").empty());
  EXPECT_TRUE(tag_values("Utah facilities\nUSP COLEMAN II     COLEMAN     FL     Federal", "agency")
                  .empty());
  // A state named on an earlier page only.
  std::vector<std::string> later;
  for (const auto& tag : testing::tag_pages({"43 sheriffs' offices in Tennessee responded.",
                                             "\"TBI told us to ask the field office.\""})) {
    if (tag.kind == "agency") {
      later.push_back(tag.value);
    }
  }
  EXPECT_EQ(later, (std::vector<std::string>{"Tennessee Bureau of Investigation"}));
}

} // namespace
} // namespace foia::analyze
