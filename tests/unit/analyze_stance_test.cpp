#include "analyze_support.hpp"

#include <gtest/gtest.h>

namespace foia::analyze {
namespace {

// The speaker of each opt-out statement, in order; "" for nobody the tags can name.
std::vector<std::string> optout_speakers(const std::vector<record::Tag>& tags) {
  std::vector<std::string> speakers;
  for (const auto& tag : tags) {
    if (tag.kind == "optout") {
      speakers.push_back(tag.extra["agency"].is_null() ? ""
                                                       : tag.extra["agency"].get<std::string>());
    }
  }
  return speakers;
}

// The quoted text of each opt-out statement, in order.
std::vector<std::string> optout_texts(const std::vector<record::Tag>& tags) {
  std::vector<std::string> texts;
  for (const auto& tag : tags) {
    if (tag.kind == "optout") {
      texts.push_back(tag.text);
    }
  }
  return texts;
}

// (speaker, date) of each opt-out statement, "" for null.
std::vector<std::pair<std::string, std::string>>
optout_attributions(const std::vector<record::Tag>& tags) {
  const auto text = [](const record::Json& value) {
    return value.is_null() ? std::string() : value.get<std::string>();
  };
  std::vector<std::pair<std::string, std::string>> attributions;
  for (const auto& tag : tags) {
    if (tag.kind == "optout") {
      attributions.emplace_back(text(tag.extra["agency"]), text(tag.extra["date"]));
    }
  }
  return attributions;
}

struct StanceCase {
  const char* sentence;
  const char* stance; // "" when the sentence must not be tagged
};

// Every sentence is tagged inside a document that has named the program.
const StanceCase k_stance_cases[] = {
    // Modality: permission words make leaving possible.
    {"Local jurisdictions may opt out of Secure Communities.", "available"},
    {"A county can opt out by notifying ICE in writing.", "available"},
    {"Counties that do not want to take part can opt out by writing to ICE.", "available"},
    {"Participation in Secure Communities is voluntary.", "available"},
    {"The program is optional for local agencies.", "available"},
    {"A jurisdiction may decline to participate.", "available"},
    {"Some statements suggested that a locality could choose not to participate.", "available"},
    {"A written request is enough.", "available"},
    {"A written request from the sheriff is all that is needed.", "available"},
    {"ICE will honor requests to opt out.", "available"},
    {"Jurisdictions that wish to opt out must submit a written request.", "available"},
    {"If a county wishes to opt out, it must submit a request in writing to the state.",
     "available"},
    // Negation and its scope.
    {"Local jurisdictions cannot opt out.", "unavailable"},
    {"Counties can't opt out of the program.", "unavailable"},
    {"There is no way to opt out.", "unavailable"},
    {"There is no mechanism under our agreement for a single county to withdraw from the program.",
     "unavailable"},
    {"Requests to opt out will not be granted.", "unavailable"},
    {"Secure Communities is not an opt-in/opt-out program.", "unavailable"},
    {"Opting out is not an option.", "unavailable"},
    {"Participation is not voluntary once the state has signed.", "unavailable"},
    {"Nothing in the MOA permits a locality to opt out on its own.", "unavailable"},
    {"Nothing requires a county to participate in the program.", "available"},
    {"No state or locality is required to participate.", "available"},
    {"Participation is not mandatory.", "available"},
    {"Jurisdictions are free to decline participation.", "available"},
    {"Localities will not be permitted to opt out.", "unavailable"},
    {"Participation cannot be declined.", "unavailable"},
    {"It is impossible to opt out.", "unavailable"},
    {"The program does not permit opting out.", "unavailable"},
    {"DHS will not force any county to participate.", "available"},
    {"Opt-out requests will be denied.", "unavailable"},
    {"A locality that objects may ask to be removed from the schedule, and ICE will accommodate "
     "that request.",
     "available"},
    {"Participation is mandatory, not voluntary.", "unavailable"},
    {"Participation is voluntary, not mandatory.", "available"},
    {"ICE's guidance suggested that a local government could decline by letter.", "available"},
    {"The City has no legal means to withdraw.", "unavailable"},
    {"ICE has since said that such letters will not be honored.", "unavailable"},
    // A negated speech verb denies its complement.
    {"Staff should not tell local officials that a county may simply decline.", "unavailable"},
    {"ICE never said counties could opt out.", "unavailable"},
    // Obligation.
    {"Participation will be mandatory nationwide by 2013.", "unavailable"},
    {"Counties have no choice but to participate.", "unavailable"},
    {"All jurisdictions will be activated by 2013 regardless of their wishes.", "unavailable"},
    {"All jurisdictions must participate.", "unavailable"},
    {"Participation by localities is required once the State signs.", "unavailable"},
    {"ICE does not intend to allow jurisdictions to opt out.", "unavailable"},
    // Clause weight: the main clause after "although" or "but" decides.
    {"Although some counties asked to opt out, participation is mandatory.", "unavailable"},
    {"Some thought participation was mandatory, but counties may opt out.", "available"},
    {"Send us a letter signed by the sheriff and we will take the county off the activation "
     "schedule.",
     "available"},
    {"Nothing obliges a county to take part.", "available"},
    {"Counties will not have the option of remaining outside the program.", "unavailable"},
    {"The matching cannot be switched off county by county.", "unavailable"},
    {"That was never true: the state's participation commits every county.", "unavailable"},
    // Leave predicates beyond "opt out", with a jurisdiction as subject or a modal further back.
    {"Counties may sit out the first phase of deployment.", "available"},
    {"No county will be excused.", "unavailable"},
    {"There is no procedure that would let a county drop out.", "unavailable"},
    {"A sheriff cannot keep the program from operating in the jail.", "unavailable"},
    {"ICE is not in a position to exclude any county.", "unavailable"},
    // Permission to ask is a way out; its negation is none.
    {"Counties remain free to request removal from the program.", "available"},
    {"A county may not ask to be left out.", "unavailable"},
    {"We may ask ICE to confirm that the county will not be activated.", "unclear"},
    // A request's object may be a long name; a request word before a phrase of its own, or
    // before another clause, governs nothing past it.
    {"The Association asks the federal government to let counties opt out.", "unclear"},
    {"The letter describes a written request process for localities that do not wish to "
     "participate.",
     "available"},
    {"Last year the county requested a meeting and ICE confirmed that the county may opt out.",
     "available"},
    // Who decides a whether-clause takes a position; it is no question.
    {"Each county decides whether to take part in the program.", "available"},
    {"Localities have no voice in whether their jails are activated.", "unavailable"},
    {"The sheriff did not say whether the county would participate.", ""},
    // A requirement of consent lets a county say no.
    {"Activation does not require the county's consent.", "unavailable"},
    {"The program will not be activated without the sheriff's approval.", "available"},
    {"Deployment proceeds without local consent.", "unavailable"},
    {"The consent of individual counties has never been a condition of activation.", "unavailable"},
    // A jurisdiction's agreement is its consent; an agreement between governments is not.
    {"Activation does not depend on a local jurisdiction's agreement.", "unavailable"},
    {"Participation depends on an agreement between ICE and the State.", ""},
    {"The county's agreement with ICE requires it to submit all fingerprints to Secure "
     "Communities.",
     "unavailable"},
    // Decided county by county is a local choice; an activation schedule county by county is
    // not.
    {"Participation follows the State's activation; it is not decided county by county.",
     "unavailable"},
    {"There is no county-by-county exception once Illinois is live.", "unavailable"},
    {"Secure Communities is activated county by county.", ""},
    {"Participation follows the State's; there is no county-level decision to make.",
     "unavailable"},
    // A negated instruction to describe reverses what it describes.
    {"Do not describe the program as one that a jurisdiction can \"opt out\" of.", "unavailable"},
    // No request at all, as the subject, leaves.
    {"No vote of the Board and no letter from this office takes the county out.", "unavailable"},
    // A local act's futility reaches back past who acted.
    {"A vote by a county or a city does not change whether the fingerprints taken there are "
     "checked.",
     "unavailable"},
    {"Participation is at each jurisdiction's discretion.", "available"},
    {"ICE issued guidance on prosecutorial discretion, and the OIG is reviewing the program.", ""},
    // Questions, agenda items and requests take no position.
    {"Field offices should neither confirm nor rule out deactivation.", "unclear"},
    {"We therefore ask that ICE confirm in writing that the County will not be activated.",
     "unclear"},
    {"The Sheriff will continue to ask DHS to let communities decide for themselves whether to "
     "take part.",
     "unclear"},
    {"The county will submit a written request to opt out.", "unclear"},
    {"Can a county opt out of Secure Communities?", "unclear"},
    {"Is Secure Communities voluntary?", "unclear"},
    {"The Board asked whether the County may still withdraw from the program.", "unclear"},
    {"Item 7. Secure Communities: opting out.", "unclear"},
    {"The Board voted to request that the County be removed from Secure Communities.", "unclear"},
    {"Request to opt out of Secure Communities", "unclear"},
    {"Is there any way for a small city to back out?", "unclear"},
    // Negation far from the modal, on the subject, or stacked.
    {"Pulling out is not a thing a single sheriff's office could do.", "unavailable"},
    {"The agreement contains no clause under which one city would be able to withdraw.",
     "unavailable"},
    {"No locality is going to be permitted to opt out.", "unavailable"},
    {"Nothing in the state's agreement lets a town step away from the program.", "unavailable"},
    {"At no time has taking part been optional.", "unavailable"},
    {"It is untrue to claim that localities are unable to opt out.", "available"},
    {"Neither a police chief nor a county board can opt out.", "unavailable"},
    {"Counties are not precluded from opting out.", "available"},
    {"Small towns lack any authority to withdraw from the program.", "unavailable"},
    {"A county is under no obligation to participate in the program.", "available"},
    {"Deployment is not contingent on the approval of the county.", "unavailable"},
    {"Deployment is contingent on the approval of the county.", "available"},
    {"We do not think a city has the power to opt out.", "unavailable"},
    {"Towns were never offered a say in the activation.", "unavailable"},
    {"Non-participation is not an available option.", "unavailable"},
    {"Being activated cannot be escaped by any county.", "unavailable"},
    {"Activation does not depend on a sheriff's willingness.", "unavailable"},
    {"Withdrawing is not an option open to counties.", "unavailable"},
    {"Deactivation can be arranged upon a letter from the sheriff.", "available"},
    {"After the state signs, a city has no way out.", "unavailable"},
    {"Each town keeps discretion over whether to join.", "available"},
    // The wish describes who may act: a way out for those who do not want the program.
    {"A county that prefers not to participate may notify the state bureau.", "available"},
    {"A town that does not wish to take part may notify the state bureau in writing.", "available"},
    {"A county that does not want to take part should tell the bureau and ICE in writing.",
     "available"},
    {"ICE will work with localities that do not want to participate.", "available"},
    {"Could a county that did not want Secure Communities decline to be activated?", "unclear"},
    {"The county may decline to be activated.", "available"},
    // A retraction as the predicate denies what came before it.
    {"The right of a town to opt out has since been rescinded.", "unavailable"},
    {"A way to opt out no longer exists.", "unavailable"},
    {"Withdrawing from the program was once an option, but it no longer is.", "unavailable"},
    {"The idea that a sheriff may opt out is a myth.", "unavailable"},
    {"Claims that localities can opt out are mistaken.", "unavailable"},
    {"Some mayors think a city can opt out, but DHS disputes that.", "unavailable"},
    {"The program is no longer optional.", "unavailable"},
    {"Towns may opt out if they no longer want to take part.", "available"},
    {"The old schedule was revoked, but towns may still opt out.", "available"},
    {"Local objections will not delay the activation.", "unavailable"},
    {"Cities have the final say on participation.", "available"},
    {"Towns play no role in deciding whether they are activated.", "unavailable"},
    {"Border sheriffs may halt removals in some cases.", ""},
    // "whether or not" set off as its own clause means regardless.
    {"Whether or not a town objects, its jail will be activated.", "unavailable"},
    {"The matching runs in every city, whether or not the mayor agrees.", "unavailable"},
    {"The council will decide whether or not to take part in the program.", "available"},
    {"Participation is required of every town.", "unavailable"},
    // Hedged duties.
    {"Every sheriff is expected to take part in the program.", "unavailable"},
    {"Participation by all localities is anticipated.", "unavailable"},
    {"Full participation by every town is planned for next year.", "unavailable"},
    {"Rural counties are not expected to participate this year.", "available"},
    {"DHS expects that each city in the region will take part in the program.", "unavailable"},
    // Stopping something else, or leaving another program.
    {"Deputies may stop a car for a broken tail light.", ""},
    {"The warden can prevent the transfer of an inmate.", ""},
    {"A city council may halt construction of the new jail.", ""},
    {"The new fee may stop the sharing of court records with the press.", ""},
    {"A county's resolution cannot stop the fingerprint sharing.", "unavailable"},
    {"A sheriff may end a 287(g) agreement on thirty days' notice.", ""},
    {"The county can withdraw from its 287(g) memorandum whenever it likes.", ""},
    {"Jails may decline to hold people on an immigration detainer.", ""},
    {"Detainer requests are honored at the sheriff's discretion.", ""},
    {"Businesses may opt out of E-Verify in some states.", ""},
    {"Agencies may leave the 287(g) program, but Secure Communities has no opt-out.",
     "unavailable"},
    // "should" binds like "must"; a negated infinitive before it is the wish's, not the duty's.
    {"Every county should take part in the program.", "unavailable"},
    {"A county choosing not to take part should send ICE a written request.", "available"},
    {"A letter from the mayor is all it takes to stay out of the program.", "available"},
    {"Can a county opt out? If so, to whom should it be sent?", "unclear"},
    // What an obligation word requires is another program's act.
    {"No part of Secure Communities obliges a jail to hold a person on an immigration detainer.",
     ""},
    {"Nothing in the program requires deputies to enforce a 287(g) agreement.", ""},
    {"Nothing in the program requires a county to participate.", "available"},
    // Taking or removing a jurisdiction out of the program.
    {"No governor can take a city out of Secure Communities.", "unavailable"},
    {"The state may remove a county's bookings from the Secure Communities checks.", "available"},
    {"The sheriff has no power to pull the county's jail out of the program.", "unavailable"},
    {"The deputies may take fingerprints from each person booked.", ""},
    {"ICE may remove a person from the country after a match.", ""},
    // A relative pronoun further back carries a negated permission noun.
    {"There is no provision in it under which a town that dislikes the program would be able "
     "to opt out.",
     "unavailable"},
    {"The agreement has not a single provision by which a sheriff who objects to the matching "
     "may be exempted from it.",
     "unavailable"},
    {"The memo names a mechanism, which took effect in May, by which a town may opt out.",
     "available"},
    // An answer that leaves out the question's verb; a supposition contrary to fact.
    {"The sheriff asked whether the county could be left out, and was told that it could not.",
     "unavailable"},
    {"If the town could opt out, the council would have done so long ago.", "unavailable"},
    // Taking a jurisdiction out or off, letting it out; carving it out, exempting it.
    {"The state may end its agreement but cannot take the counties out with it.", "unavailable"},
    {"No one at the state bureau can take a county off.", "unavailable"},
    {"That is not an offer to let the city out of the program.", "unavailable"},
    {"None of the towns that asked has been let out yet.", "unclear"},
    {"No locality in the state will be carved out.", "unavailable"},
    {"The bureau has no authority to grant an exemption.", "unavailable"},
    // An aside set off by commas does not end the clause; a negated finding flips what it finds.
    {"A county may, by its own act, withdraw from the program.", "available"},
    {"We do not find a provision under which a county may withdraw from the program.",
     "unavailable"},
    // A permission someone says ought to exist is asked for; a request to put activation off is
    // about its date.
    {"Counties should be allowed to opt out.", "unclear"},
    {"ICE granted every request to postpone activation.", ""},
    // Activation forced over objections; no vote, no permission needed, no exceptions; requests
    // not considered; a leave noun as the subject of "possible"; passive stopping.
    {"ICE will not activate a county over its objection.", "available"},
    {"Counties will be activated against their wishes if necessary.", "unavailable"},
    {"Nobody is forcing the county to join.", "available"},
    {"The county does not get a vote on activation.", "unavailable"},
    {"ICE does not need a county's permission.", "unavailable"},
    {"DHS made clear that no exceptions will be made for individual counties.", "unavailable"},
    {"ICE will not consider requests to be excluded.", "unavailable"},
    {"Opting out is simply not on the table.", "unavailable"},
    {"Participation remains a local decision.", "available"},
    {"Withdrawal is not legally possible.", "unavailable"},
    {"As things stand, withdrawal does not appear to be possible.", "unavailable"},
    // A place's name asked to be left out; a person asked out of a room is not.
    {"The council asked whether the city could write to ICE asking that Santa Linda be "
     "excluded.",
     "unclear"},
    {"The sheriff asked that Bob be removed from the room.", ""},
    // Voted out of the program, as taken out of it.
    {"But neither the Board nor I can vote the county out of Secure Communities.", "unavailable"},
    {"The board voted to approve the budget for Secure Communities.", ""},
    // Up to a jurisdiction is voluntary; up to the state is not the county's to decide.
    {"Participation in Secure Communities is entirely up to the sheriff.", "available"},
    {"Whether to take part in Secure Communities is up to each county.", "available"},
    {"Participation in the program is up to the state, not the county.", "unavailable"},
    {"Participation in the program is not up to the county.", "unavailable"},
    {"The county is up to date on the program.", ""},
    // A response's "your request" is a records request, unless it asks to leave.
    {"Your request for records about Secure Communities is GRANTED IN PART.", ""},
    {"Your request is granted in part and denied in part.", ""},
    {"Your request to be removed from the deployment schedule is granted.", "available"},
    // A modal whose verb is left out answers a leave word only wished for or supposed.
    {"If you opt out, and I don't think you can, you are telling people you do not care.",
     "unavailable"},
    {"Some counties want to opt out of the program, but they cannot.", "unavailable"},
    {"The county would like to withdraw from the program, and ICE says it may.", "available"},
    // A dash set off by spaces parts clauses: the answer's "NO" negates nothing after it.
    {"NO - IT CANNOT BE SWITCHED OFF FROM YOUR END.", "unavailable"},
    {"No -- the county cannot opt out.", "unavailable"},
    {"Declining is not going to be an option for the towns.", "unavailable"},
    {"Withdrawal would seem possible by letter.", "available"},
    {"Staff will research whether withdrawal is legally possible.", "unclear"},
    {"ICE has agreed to leave the county out of the deployment.", "available"},
    {"We are asking to be left out.", "unclear"},
    {"The sharing happens automatically and cannot be stopped by the county.", "unavailable"},
    // Leaving said to exist, promised, granted, or to come to nothing; a verb of leaving with
    // another object; a negated finding across an aside.
    {"There is still an opt-out for now.", "available"},
    {"Jurisdictions that do not want to participate will not be activated.", "available"},
    {"The Sheriff wants confirmation that the county will not be activated.", "unclear"},
    {"The county's withdrawal was accepted by ICE on May 2.", "available"},
    {"The council's vote to withdraw has no legal effect.", "unavailable"},
    {"Advised that a resolution would not change deployment.", "unavailable"},
    {"The ordinance has no legal effect on participation.", "unavailable"},
    {"The new scanner would not change deployment.", ""},
    // A myths-and-facts box's myth is put to be refuted; its fact is held.
    {"MYTH: The County can opt out of Secure Communities if the Court votes to.", ""},
    {"FACT: The Commissioners Court has no vote on it.", "unavailable"},
    // A local act said not to change what happens to the county's records; a purpose after
    // "nothing" is still what came to nothing.
    {"Since the State's activation a county board's vote does not change what happens to a "
     "booking.",
     "unavailable"},
    {"A vote would not change what happens to the bookings.", "unavailable"},
    {"The resolution does not change whether the county's prints are checked.", "unavailable"},
    {"The new scanner does not change what happens to a booking.", ""},
    {"To be clear, a county cannot opt out.", "unavailable"}, // "to" first, no futility
    {"The county may withdraw its budget request.", ""},
    {"The police department asks to withdraw from the statewide IAQ query pilot.", ""},
    // Leaving as the subject of the records asked for.
    {"The request sought all records concerning the county's participation in, or withdrawal "
     "from, Secure Communities.",
     ""},
    {"ICE said no county may withdraw, and we asked for records concerning the decision.",
     "unavailable"},
    {"The request seeks records of how the program was described and whether a jurisdiction "
     "could decline to take part.",
     ""},
    {"ICE said no county may withdraw; we sought records of how it decided.", "unavailable"},
    {"The request sought records of communications between ICE and Georgia jurisdictions about "
     "whether a county could decline to take part in Secure Communities.",
     ""},
    {"Records of ICE's meetings with the sheriff about Secure Communities show that the county "
     "could not opt out.",
     "unavailable"},
    {"The police department asks to withdraw from the program.", "unclear"},
    // The program by what it does: "the federal immigration check".
    {"The Office cannot take its bookings out of the federal immigration check.", "unavailable"},
    {"Applicants may decline the background check.", ""},
    // ... or by its acronym as written, after "from".
    {"The council asks ICE to remove the parish from SC.", "unclear"},
    {"Secure Communities is not something a jurisdiction joins or leaves.", "unavailable"},
    {"Secure Communities is not a program that individual jurisdictions opt into or out of.",
     "unavailable"},
    // A wish as a participle; no say, no vote, no matter what a county decides.
    {"A jurisdiction not wishing to participate could say so in writing.", "available"},
    {"The City has no say in any of that, and neither does the Sheriff.", "unavailable"},
    {"We are treating this as something the county doesn't get a vote on.", "unavailable"},
    {"The jail's prints will be checked by the program no matter what the commissioners decide.",
     "unavailable"},
    {"Once the state is in, there's no off-ramp for a county.", "unavailable"},
    // "say no" before a noun: the noun's determiner, not a refusal.
    {"The managers say no county will be allowed out.", "unavailable"},
    {"They say no county will be allowed to leave.", "unavailable"},
    {"A county may say no.", "available"},
    {"A county may say no if it wishes.", "available"},
    // A request that came to nothing.
    {"Our opt-out letter did nothing.", "unavailable"},
    // Giving or offering a way out is permission; not giving one denies it.
    {"Termination does not give a city or county a way out of the program.", "unavailable"},
    {"The letter gives counties a way out of the program.", "available"},
    // The program by what it does: "the federal query".
    {"The State Police has no means to exclude a contributor's submissions from the federal "
     "query.",
     "unavailable"},
    // The causative passive: a jurisdiction got out.
    {"Has anyone actually gotten a county turned off?", "unclear"},
    {"ICE does not consider Secure Communities to be an opt-in or opt-out program.", "unavailable"},
    {"DHS did not regard the program as an opt-in, opt-out program.", "unavailable"},
    {"The agency did not consider Secure Communities to be an opt-in, opt-out program.",
     "unavailable"},
    // Removal said of people is deportation; said of a county it is leaving.
    {"Since 2008, 63,802 aliens identified through Secure Communities have been removed.", ""},
    {"ICE says the program flagged 37 of them for possible removal.", ""},
    {"Persons identified through the program in the state were removed last year.", ""},
    {"The county will be removed from the deployment schedule.", "available"},
    {"Towns may sit out the first phase of the deployment.", "available"},
    {"We do not find, in the agreement or in any statute, a provision under which a county may "
     "withdraw.",
     "unavailable"},
    {"Whether a county could decline was a question we answered differently, I grant you.",
     "unclear"},
    // More ways to leave, or to be let out; what has already been done; asked for in a
    // "whether" clause past an aside; denied by "rather than".
    {"A county may ask not to be activated.", "available"},
    {"The county has no way to step out of the program.", "unavailable"},
    {"There is no county-by-county off switch.", "unavailable"},
    {"Ending participation is not possible.", "unavailable"},
    {"It is not something a sheriff gets to sign out of.", "unavailable"},
    {"A city or county can't remove itself once its state is active.", "unavailable"},
    {"The county asked whether it can be taken out of Secure Communities.", "unclear"},
    {"ICE will remove the jurisdiction from the deployment schedule.", "available"},
    {"If a county does not wish to be activated, ICE will remove it from the schedule.",
     "available"},
    {"The Port Carrow Police Department opted out of the program last fall.", "available"},
    {"Guidance should say whether, and under what circumstances, a county may decline to "
     "participate.",
     "unclear"},
    {"ICE would treat such a resolution as a statement of views rather than as a request it "
     "could grant.",
     "unavailable"},
    // Suppositions contrary to fact; verbs coordinated between commas; what is asked for past
    // an aside; requirements for other acts; a line that opens with a dash goes on.
    {"Were a county-level opt-out available, staff would have brought it to the Board.",
     "unavailable"},
    {"Had the County been able to leave the program, the Board would have had a decision to "
     "weigh.",
     "unavailable"},
    {"Were a county to withdraw from the program, ICE would stop the checks.", "unclear"},
    // A note's "Had" with its subject left out supposes nothing.
    {"Had a call with ICE today and they said no county can opt out.", "unavailable"},
    {"Ending participation, if it were possible, would not produce savings.", "unavailable"},
    {"The termination did not, and could not, take any jurisdiction out of Secure Communities.",
     "unavailable"},
    {"I write to ask that the Department remove our County from Secure Communities or, in the "
     "alternative, confirm that we may decline to participate.",
     "unclear"},
    {"An agreement with a state is not required to operate Secure Communities.", ""},
    {"ICE will consider a request to adjust an activation date.", ""},
    {"ICE's materials from 2010\n-- including a fact sheet --\nstated that a county could opt "
     "out.",
     "available"},
    // A particle after an object; a negated time; allegations; a wish for a letter; "fair enough";
    // a name's word is no verb, a headline's is.
    {"There isn't a process for a county to sit this one out.", "unavailable"},
    {"Local jurisdictions are not given a switch with which to turn that check off.",
     "unavailable"},
    {"At no time did ICE have, or intend to create, a procedure by which a county could keep its "
     "fingerprints out of the program.",
     "unavailable"},
    {"The complaint alleges that ICE told counties they could opt out.", "unclear"},
    {"The Sheriff's Office wants a letter saying they can stay out.", "unclear"},
    {"Fair enough. That letter left the program's door half open.", ""},
    {"I am a director in the Office of Enforcement and Removal Operations for Secure "
     "Communities.",
     ""},
    {"ICE: County Cannot Pull Out Of Fingerprint Program", "unavailable"},
    // Consent as a condition; an expectation of staying in.
    {"Activation is not subject to the approval of local officials.", "unavailable"},
    {"The sheriff expects the county to remain part of the program.", "unavailable"},
    // A list of single words goes on with its clause, and a negated subject at the clause's start
    // reaches its modal; more jurisdictions; a sufficient act; what "unlike" sets against the
    // program is denied of it.
    {"No county, city, or sheriff within that State can remove itself from the program.",
     "unavailable"},
    {"The village withdrew from the program last year.", "available"},
    {"A county need only send a letter to leave the program.", "available"},
    {"The 287(g) program, which, unlike Secure Communities, is voluntary, requires an agreement.",
     "unavailable"},
    // What a requiring verb requires is no county and no taking part; a voluntary thing far from
    // the program; an idiom of leaving.
    {"The program requires no new equipment and no new training.", ""},
    {"Interviews with the press are voluntary, and the staff reviews all communications about "
     "the program.",
     ""},
    {"We'll have to leave it there for now.", ""},
    // Not about leaving the program.
    {"The sheriff declined to comment.", ""},
    {"The county declined to answer the reporter's questions about the program.", ""},
    {"Secure Communities is separate from the 287(g) program, which remains a voluntary agreement.",
     ""},
    {"SUBJECT: Jurisdictions Requesting Not to Participate in Secure Communities", "unclear"},
    {"SUBJECT:  Secure Communities -- Whether the County May Discontinue Participation", "unclear"},
    {"Subject: Can a county opt out of Secure Communities?", "unclear"},
    {"Letter asking that Orland County \"not be included\" in Secure Communities.", "unclear"},
    // A request the modal forbids is no way out.
    {"Counties must not ask to opt out of Secure Communities.", "unavailable"},
    // "May" before a day, or after "in", "of", "since", is the month, not the modal.
    {"No county, as of May 1, can opt out of Secure Communities.", "unavailable"},
    // Removing a jurisdiction, the program spoken of, is taking it out; not its inmates.
    {"The State has not agreed to remove any city, and I am not sure we could.", "unavailable"},
    {"The deputies remove the county inmates every week.", ""},
    // "provide for" permits.
    {"The agreement provides for a county to withdraw from Secure Communities.", "available"},
    {"Secure Communities does not provide for a county to withdraw.", "unavailable"},
    // A calendar's response to a meeting declines the meeting, not the program.
    {"Subject:       RE: Declined: SC activation call - Harlan Falls PD", ""},
    {"Subject: Tentative: County asks to opt out of SC", "unclear"},
    // Wanting out is a leave word; an expectation that every jurisdiction will be activated is
    // a hedged duty.
    {"If they want out of Secure Communities, the people to ask are at ICE.", "unclear"},
    {"No complaints here. I don't see why anybody would want out.", ""},
    {"Our expectation is that by 2013 every jurisdiction in the country will be activated.",
     "unavailable"},
    // A duty to ask whether a way out exists is no way out; a duty to write when a county
    // does not wish to take part is one.
    {"R1. The Board of Supervisors should ask ICE, in writing, to state whether any procedure "
     "exists by which a county may decline participation.",
     "unclear"},
    {"If a jurisdiction does not wish to activate on its date, it must formally notify ICE in "
     "writing.",
     "available"},
    {"A county could send a letter and be left off.", "available"},
    {"An ICE official wrote that we will not be letting anyone out, no matter what the letters "
     "say.",
     "unavailable"},
    // Discretion that is the federal agency's leaves the locality none; asking to change a
    // date is asking for a delay.
    {"Deployment of Secure Communities to a local jurisdiction is at the discretion of ICE.",
     "unavailable"},
    {"Participation in Secure Communities is at the discretion of each county.", "available"},
    {"ICE will consider requests from the SBI to change the date on which a jurisdiction is "
     "activated in Secure Communities.",
     ""},
    // The program left to a jurisdiction's decision, or not.
    {"ICE told officials that participation in Secure Communities was a matter for each "
     "jurisdiction to decide.",
     "available"},
    {"Participation in Secure Communities is not for the county to decide.", "unavailable"},
    // What someone is going to write asks; it tells nobody how to leave.
    {"The Sheriff will instead write to ICE Chicago asking that the county be deactivated from "
     "Secure Communities.",
     "unclear"},
    // A quiz item asks; stepping aside is leaving.
    {"Q1. True or false: once a state bureau signs its MOA, every county in that state is "
     "activated and cannot be removed from Secure Communities.",
     "unclear"},
    {"For a jurisdiction that does not, Section III gives the way to step aside.", "available"},
    // An existential negation reaches into the relative clause of what it denies.
    {"There is no setting on our side that would take the County out of Secure Communities.",
     "unavailable"},
    {"There is no setting on our side that would allow the County to leave the program.",
     "unavailable"},
    {"Attendance at the briefing is optional.", ""},
    {"Fingerprints are sent to the FBI.", ""},
    {"State law requires the bureau to forward fingerprints to the FBI.", ""},
    {"The County cannot withdraw from Secure Communities on its own, and nothing in federal law "
     "obliges ICE to accept a request to do so.",
     "unavailable"},
    {"Your FOIA request has been granted.", ""},
    // A request as the subject of a negated leave verb is futile; one not to be activated
    // still asks.
    {"Such letters do not remove a jurisdiction from Secure Communities.", "unavailable"},
    {"The governor's letter doesn't shut the program off.", "unavailable"},
    {"The county sent a request not to be activated.", "unclear"},
    // A modal governs the leave word after a jurisdiction with a relative clause of its own.
    {"In 2010 DHS put it in writing, to Congress, that a county that didn't want this could ask "
     "and be left out.",
     "available"},
    // Released or separated from the program is let out of it; "a separate question" is not.
    {"No county has been released from Secure Communities at its own request.", "unavailable"},
    {"The bureau has no means of separating a county's submissions from the federal check.",
     "unavailable"},
    {"Detainers are a separate question from Secure Communities.", ""},
    // A contraction typed without its apostrophe negates as one with it.
    {"The board can vote whatever it wants, it doesnt turn the program off.", "unavailable"},
    // A sentence typed in lower case starts after a full stop.
    {"saw the DHS letter to the congresswoman. says we can get out if we ask in writing.",
     "available"},
    // Not people's: a first person who names them, or "proceedings".
    {"The program checks the fingerprints of all individuals booked into our jail, and we "
     "cannot opt out.",
     "unavailable"},
    {"There are no formal proceedings to opt out of Secure Communities.", "unavailable"},
    // An unlisted abbreviation before a word in lower case ends no sentence that began in
    // capitals.
    {"The Sheriff met with ICE mgmt. and said the county will not opt out.", "unavailable"},
    // People's own choice, in a sentence that names no jurisdiction.
    {"Individuals who are booked do not have an opportunity to decline to have their "
     "fingerprints checked, or to opt out of the sharing described in this PIA.",
     ""},
    // Leave verbs of everyday English: held back, stand aside or apart, step outside, turn
    // down, unhook, want no part, excepted; "elective" is voluntary.
    {"No local agency's submissions can be held back from the federal transmission.",
     "unavailable"},
    {"The bureau cannot hold back one county's submissions.", "unavailable"},
    {"No county in California gets to stand aside from Secure Communities.", "unavailable"},
    {"Whether the County should request to stand apart from Secure Communities.", "unclear"},
    {"The field office presented the program as one a county could turn down.", "available"},
    {"We don't run it - can't unhook the county from it.", "unavailable"},
    {"Secure Communities is not elective for a town or a county.", "unavailable"},
    {"No Virginia county is excepted from the program, whatever its Board decides.", "unavailable"},
    // A permitted request whose clause is the leaving; a permitted act of writing.
    {"Local agencies that have concerns may ask that their jurisdiction not be activated.",
     "available"},
    {"A locality can write in and say it wants no part of the program.", "available"},
    {"ERO says there is no mechanism for a county to drop out. I can put that in a memo.",
     "unavailable"},
    // A wish that is a noun, or that describes who is left out, is no wish for the promise.
    {"We will respect the county's wishes, and Beaulieu County will not be activated.",
     "available"},
    {"Jurisdictions that wish to remain outside the program will not be activated.", "available"},
    {"The Sheriff wants written confirmation that the county will not be activated.", "unclear"},
    // A local vote or the last word as consent and decision.
    {"Participation in Secure Communities does not depend on a vote of its Commission.",
     "unavailable"},
    {"Then the program changed, without a vote of anyone in Montecielo County.", ""},
    {"The locality gets the last word on participation.", "available"},
    // More of everyday English's ways of leaving and of having no choice.
    {"A county may quit the program at any time.", "available"},
    {"No county can walk away from Secure Communities.", "unavailable"},
    {"The county cannot unplug from the program.", "unavailable"},
    {"A county may refrain from participating in Secure Communities.", "available"},
    {"No jurisdiction can secede from Secure Communities.", "unavailable"},
    {"Participation is at each county's option.", "available"},
    {"Secure Communities is not negotiable for counties.", "unavailable"},
    {"Counties cannot veto activation.", "unavailable"},
    // Broad verbs only with the program as their object: not a trust severed, a deputy who quit,
    // a unit disconnected, a bill vetoed, a radio stayed off.
    {"Advocates say Secure Communities has severed the trust between immigrant communities and "
     "local police.",
     ""},
    {"Deputy Ruiz quit the Sheriff's Office two weeks after Secure Communities was activated.", ""},
    {"The jail disconnected the old Live Scan unit when Secure Communities was deployed.", ""},
    {"The governor vetoed the TRUST Act, which would have limited Secure Communities detainers.",
     ""},
    {"Activation dates for Secure Communities are set at the option of ICE.", ""},
    {"The sheriff will seek approval from the board of supervisors for the activation.", ""},
    {"Secure Communities does not need county buy-in.", "unavailable"},
    {"Participation in Secure Communities is beyond the county's control.", "unavailable"},
    {"Counties that object will still be activated.", "unavailable"},
    {"ICE will activate counties whether they like it or not.", "unavailable"},
    {"Counties may choose to participate or not.", "available"},
    {"The county can say yes or no to Secure Communities.", "available"},
    // "no longer" before the predicate only negates it; a retraction may call it a mistake.
    {"Opting out is no longer possible.", "unavailable"},
    {"The option to opt out no longer exists.", "unavailable"},
    {"The 2009 brochure said counties could opt out, which ICE now says was a mistake.",
     "unavailable"},
    // A whether-clause as the subject of a judgement ends at its copula.
    {"Whether the county participates is out of our hands.", "unavailable"},
    {"Whether a county participates is up to the county.", "available"},
    {"Whether the county can opt out is unclear.", "unclear"},
    // Preventing leaving negates it; nothing preventing it allows it.
    {"Nothing prevents a county from opting out.", "available"},
    {"ICE prevents counties from opting out.", "unavailable"},
    {"There is no rule that would prevent a county from opting out.", "available"},
    {"To prevent delays, counties may opt out by May 1.", "available"},
    // A request's own "no" negates its grant.
    {"No request to opt out will be honored.", "unavailable"},
    {"No such request will be granted.", "unavailable"},
    // A grant whose object is the jurisdictions that leave.
    {"ICE will accommodate counties that do not want to be activated.", "available"},
    {"ICE will not accommodate counties that do not want to be activated.", "unavailable"},
    // Telling ICE no is refusing the program; "tell them no" may be ICE's answer to a county.
    {"We can tell ICE no.", "available"},
    // Wanting out is asking to leave.
    {"Sheriff says his board wants out.", "unclear"},
    {"The resolution does not change anything about Secure Communities.", "unavailable"},
    // Contacting an agency is a way to ask.
    {"A jurisdiction that wishes to decline should contact ICE.", "available"},
    // Every county in the program once its state is; not a schedule.
    {"Once the state is live, every county in it is live.", "unavailable"},
    {"When the state joins, all of its counties are activated too.", "unavailable"},
    {"All counties will be live in Secure Communities by the end of 2011.", ""},
    // Not knowing of one denies it; a permission kept for the state is none for a county.
    {"I'm not aware of any county that has been allowed to opt out.", "unavailable"},
    {"We know of no county that has been allowed to opt out.", "unavailable"},
    {"Only the state can opt out, not individual counties.", "unavailable"},
    {"Only counties that ask can opt out.", "available"},
    {"The earlier guidance that counties may opt out is no longer accurate.", "unavailable"},
    {"The option for counties to opt out is no longer available.", "unavailable"},
    {"The county may opt out, but doing so would be a mistake.", "available"},
    // "Whether ... or not" after a verb of choosing asks; "only the state" with counties beside
    // it keeps nothing; "every county may join" is no county in already.
    {"Secure Communities is optional, and each sheriff chooses whether he wants it or not.",
     "available"},
    {"Only states and counties that signed an MOA may opt out.", "available"},
    {"Once the state signs the MOA, each county can participate in Secure Communities if it "
     "chooses.",
     ""},
    // A permitted act of writing that says nothing of leaving is no way out.
    {"Counties cannot opt out, but a sheriff can email the field office with any concerns.",
     "unavailable"},
    {"If counties do not want to participate, they may write to ICE asking to opt out.",
     "available"},
    // A vote to seek leaving asks for it; it does not take the county out.
    {"The Board voted to seek an exemption from Secure Communities.", "unclear"},
    {"The Board voted the county out of Secure Communities.", "available"},
    // A request not to be brought in; a local act with no bearing on activation; an
    // arrestee's refusal is a person's.
    {"The Sheriff asks that the county not be brought into the program.", "unclear"},
    {"A county board's resolution has no bearing on whether the county is activated.",
     "unavailable"},
    {"Q: Can an arrestee refuse prints because of S-Comm?", ""},
    // A leave phrase's own negator does not negate the grant after it.
    {"A request not to participate will be honored.", "available"},
    {"Any county that wanted no part of it just had to put that in a letter.", "available"},
    // Keeping one jurisdiction's records apart is leaving it out; not the adjective, nor what
    // belongs to no jurisdiction.
    {"The State Police said they cannot segregate one county's bookings.", "unavailable"},
    {"It has no means of holding back the submissions of a single city.", "unavailable"},
    {"The bureau does not separate prints by county.", "unavailable"},
    {"This is a separate question from Secure Communities.", ""},
    {"The Sheriff had no basis to withhold the resolution.", ""},
    // Removing from something else is no leaving; from where it is done is no such thing; a
    // jurisdiction removed from "it" is.
    {"An item may be removed from the Consent Calendar.", ""},
    {"No. It cannot be switched off from your end.", "unavailable"},
    {"No local official can remove a jurisdiction from it.", "unavailable"},
    // A decision, needed or not, is consent; so is whose consent further back.
    {"It does not depend on a decision by your county or city.", "unavailable"},
    {"ICE did not need a State's or a locality's consent to check the prints.", "unavailable"},
    {"It and its contents may not be distributed outside the agency without OIG's written "
     "permission.",
     ""},
    // Saying so is asking; not wanting it is leaving; a causative passive takes a county out.
    {"Counties that didn't want it could say so in a letter.", "available"},
    {"A community that did not want the program could say so and would not be switched on.",
     "available"},
    {"Please get Verano County taken out of Secure Communities.", "unclear"},
    // What a proposal would do is not asserted; a relative clause's negator is its own.
    {"We support legislation that would let a county decline participation.", "unclear"},
    {"He said a county that was not ready could ask to decline activation.", "available"},
    {"A county that has not signed cannot opt out.", "unavailable"},
    {"ICE told my office that no county may stay out once the state is activated.", "unavailable"},
    // A second thing asked for is asked too; a grant far before any request, or asked for in
    // a that-clause, grants nothing.
    {"The Board requests ICE not to activate the program, or to permit the Town to decline.",
     "unclear"},
    {"A member asks that an item be removed from the calendar and considered separately.", ""},
    {"ICE told the Sheriff that requests to leave the program would not be honored.",
     "unavailable"},
    // Keeping apart what is no jurisdiction's record of arrests is no leaving; an owner with
    // the records left unsaid is.
    {"We can separate the data by county for your report.", ""},
    {"We withhold the county's records under (b)(5).", ""},
    {"ICE keeps separate statistics by county.", ""},
    {"Please set aside time to discuss the county's concerns.", ""},
    {"The Department forwards every submission and cannot hold back one county's.", "unavailable"},
    // "that not every": no relative clause's own negator; a grant's request after an aside; a
    // jurisdiction elsewhere in the sentence owns the consent withheld; a program word further
    // after "from"; a proposal set off by commas.
    {"ICE told the county that not every jurisdiction can opt out.", "unavailable"},
    {"ICE will honor, in every case, a county's request to opt out.", "available"},
    {"It was deployed in the county without the Governor's approval.", "unavailable"},
    {"Santa Clara asked to be removed from the next wave of activations.", "unclear"},
    {"The bill, which would let counties opt out, failed.", "unclear"},
    // A visit or a call before what was explained is no request; screening arrestees is no
    // leaving; a futile vote needs leaving or the program's records; a conditional leaving that
    // ICE has no force to stop asks.
    {"The officer called on the sheriff and explained that the county may opt out.", "available"},
    {"We will call on Monday to confirm that the county may opt out.", "available"},
    {"We will call on March 3 to confirm that the county may opt out.", "available"},
    {"ICE screens arrestees from Secure Communities counties against DHS databases.", ""},
    {"The council's vote on the curfew would not change anything for those who live downtown.", ""},
    {"If the county withdraws, ICE has no legal force to keep it in Secure Communities.",
     "unclear"},
    // A choice never had; a schedule put off "or not at all"; a
    // jurisdiction taken off, or a jurisdiction's records held back from the program; a
    // jurisdiction's decision; an infinitive of purpose decides nothing; a futile letter "by
    // itself"; records split off.
    {"The answer was that a county never had a choice in the first place.", "unavailable"},
    {"A county may ask to be scheduled later or not at all.", "available"},
    {"Fingerprints were checked late or not at all under Secure Communities.", ""},
    {"We have taken an agency off the schedule at its request.", "available"},
    {"Residents assumed that the Board's resolution took the County out of Secure Communities.",
     "unclear"},
    {"Residents believed that the Board's resolution took the County out of Secure Communities.",
     "unclear"},
    {"The Board took the county's item off the agenda after ICE's briefing on Secure Communities.",
     "unclear"},
    {"ICE held the county back from activation until its Livescan upgrade was complete.",
     "unclear"},
    {"The State Patrol will not hold ours back from the immigration check.", "unavailable"},
    {"Participation would be \"the decision of each sheriff.\"", "available"},
    {"ICE describes participation as a decision each local jurisdiction makes.", "available"},
    {"The fact sheet stated that participation was a decision for each local jurisdiction.",
     "available"},
    {"Its second page says that participation is determined by each local jurisdiction.",
     "available"},
    {"Participation is determined by the State, not the county.", ""},
    // A phrase that ends in "each" is a local choice only with a jurisdiction after it.
    {"Activation dates for Secure Communities will be determined by each ICE field office.", ""},
    // How a county leaves, asked about, takes no position.
    {"The question the counties keep asking is how they opt out.", "unclear"},
    // In a document about the program, "the check" is the immigration check.
    {"The Sheriff cannot take the County out of the check that runs at the State.", "unavailable"},
    {"The check cleared the bank on Friday.", ""},
    // Prints that are "not be run" against the records are kept out of the check: asked for,
    // or promised.
    {"The Commission adopted a resolution which asks that arrest fingerprints taken in this "
     "county not be run against immigration records under Secure Communities.",
     "unclear"},
    {"The county's prints will not be checked under Secure Communities.", "available"},
    {"Excerpts on Secure Communities may not be forwarded outside DHS.", ""},
    // A veto or a say never had, as a choice never had.
    {"Localities never had a veto.", "unavailable"},
    // Whose consent may take a few words to name.
    {"ICE has stated publicly that the consent of a State or local jurisdiction is not required.",
     "unavailable"},
    // "leave" with an object of its own that is no program leaves something else.
    {"She should not leave her 2010 memorandum standing without comment.", ""},
    {"A county may not leave the program.", "unavailable"},
    {"Counties may not leave their jails out of the check.", "unavailable"},
    // Held back or held from the check, after a finite "be" or "get" whose subject is a
    // jurisdiction; "us" taken out or held back.
    {"Letter doesn't count, never did; no county gets held back.", "unavailable"},
    {"No agency is held from the IDENT search.", "unavailable"},
    {"That sentence was taken out because it is no longer correct.", ""},
    {"Can't separate our prints, no way to hold ours back.", "unavailable"},
    {"The Sheriff wants to know if a Council vote takes us out.", "unclear"},
    // An exception made for a jurisdiction is leaving; a letter that "would do it" is enough.
    {"The Bureau forwards every fingerprint submission it receives and is not in a position to "
     "make exceptions for any agency.",
     "unavailable"},
    {"One of your officers told my chief deputy that a letter from me would do it.", "available"},
    // An answer after the leave word, its verb left out, takes the sentence's position.
    {"I am not willing to sign a law that tells a county it can step outside a federal program "
     "when the only honest answer I have is that it cannot.",
     "unavailable"},
    // "whether or not" right after the program's verb is regardless.
    {"ICE said every Arizona county would be activated whether or not it objected.", "unavailable"},
    // A question of where a jurisdiction stands asks about leaving; said outright, it takes no
    // position on whether one could leave.
    {"Whether that makes us out or still in, nobody will tell us.", "unclear"},
    {"Is Braxmoor still in if the Board passes item 9 on Tuesday?", "unclear"},
    {"We are still in the program.", ""},
    {"If the county is still in the program when the MOA expires, ICE will renew the MOA.", ""},
    // Signing up for or out of, as opting into or out of.
    {"We do not see this as a program that communities sign up for or sign out of.", "unavailable"},
    // Kept "from being run" only when a jurisdiction's prints are kept from the check.
    {"The new IDENT software keeps duplicate prints from being run twice under Secure "
     "Communities.",
     ""},
    // Words named as words ("the phrase \"opt out\"", "write \u201copt out\u201d") are not used.
    {"Do not write \"opt out\" or \"opt in\" anywhere in the letter about Secure Communities.", ""},
    {"The COR directed that the phrase \u201copt out\u201d not appear in any Secure Communities "
     "product.",
     ""},
    {"ICE said the county may \"opt out\" of Secure Communities.", "available"},
    {"ICE officials say \"opt out\" is not possible under Secure Communities.", "unavailable"},
    // Kept from "being checked" is kept out of the check; screened out of it, too.
    {"Neither a county nor the State can keep arrest fingerprints from being checked against "
     "immigration records.",
     "unavailable"},
    {"The Division says that it cannot itself keep a county's fingerprints from being checked.",
     "unavailable"},
    {"The Department will not screen any county's submissions out of the federal check.",
     "unavailable"},
    {"The county kept the building from being used for Secure Communities training.", ""},
    {"Declining a detainer hold is not a decision about Secure Communities.", ""},
    {"Secure Communities was a decision local officials opposed.", ""},
    {"To determine whether what ICE told local jurisdictions about participation was accurate.",
     ""},
    {"A letter from the Board would not by itself change how prints are processed.", "unavailable"},
    {"This agency would have no authority to split one county's submissions off from the rest.",
     "unavailable"},
    // What a relative clause says of no case at all did not happen.
    {"We found no instance in our interviews in which a jurisdiction was actually removed from "
     "deployment.",
     "unavailable"},
};

TEST(StanceTagger, ClassifiesEachSentence) {
  for (const StanceCase& row : k_stance_cases) {
    const std::string text = std::string("Secure Communities\n\n") + row.sentence;
    const auto stances = testing::tag_values(text, "optout");
    if (*row.stance == '\0') {
      EXPECT_TRUE(stances.empty()) << "sentence: " << row.sentence << " got " << stances.front();
    } else {
      EXPECT_EQ(stances, std::vector<std::string>{row.stance}) << "sentence: " << row.sentence;
    }
  }
}

struct FollowUpCase {
  const char* text;
  std::vector<std::string> stances;
};

// A sentence with no stance of its own that answers, denies or restates the statement before it.
const FollowUpCase k_follow_up_cases[] = {
    {"Some were told that a letter is all that is required. It is not.",
     {"available", "unavailable"}},
    {"Can a county opt out? No.", {"unclear", "unavailable"}},
    // An answer told back to the asker.
    {"The parish asked whether it can opt out. Told them no - the state has signed.",
     {"unclear", "unavailable"}},
    {"Can a county opt out? We said yes.", {"unclear", "available"}},
    {"Three sheriffs have written to us asking to opt out.\n\nTell them no.",
     {"unclear", "unavailable"}},
    // A response's label, and a bare "No." before the reasons ("No. 12" would be a number).
    {"Question: Can a county opt out?\n\nResponse:\nNo. ICE has not located any such record.",
     {"unclear", "unavailable"}},
    // "No." numbering a row ("No. C-04", "No. A12") answers nothing.
    {"A State bureau cannot hold back one agency's submissions.\n\nNo. C-04   Reviewer: "
     "Minnesota Bureau   Type A\nComment:   The activation checklist still shows old forms.",
     {"unavailable"}},
    {"A State bureau cannot hold back one agency's submissions.\n\nNo. A12   The checklist "
     "still shows old forms.",
     {"unavailable"}},
    {"Can a county opt out?\n\nResponse: No. In 2013 every county will be activated.",
     {"unclear", "unavailable"}},
    // Someone else's word that says the same again.
    {"ICE advised us that no county can opt out of Secure Communities. The state bureau "
     "confirmed the same position by telephone.",
     {"unavailable", "unavailable"}},
    {"Can a county opt out? That is correct.", {"unclear", "available"}},
    // A pronoun and a modal with the verb left out say it again, or the opposite.
    {"We were told by ICE last year that we could opt out. Now they say we can't.",
     {"available", "unavailable"}},
    {"Can a county opt out? It can.", {"unclear", "available"}},
    // What was said before, taken back.
    {"In 2010 ICE told chiefs that a city could decline. That guidance has since been withdrawn.",
     {"available", "unavailable"}},
    {"ICE told chiefs that a city could decline. That is no longer the case.",
     {"available", "unavailable"}},
    // The asker's own predicate after "and" ends the question; its answer answers it.
    {"The Department asked ICE whether counties could be left out and was told that they could.",
     {"available"}},
    // "was told no": the answer; a lowercase "no." before a capital ends the sentence.
    {"His office asked the State Patrol whether it could be left out of Secure Communities and "
     "was told no. Tran said the county may opt out.",
     {"unavailable", "available"}},
    // A question put with "whether" about a voluntary or an obligation word, then denied.
    {"Your letter asks whether participation in Secure Communities is optional for a city. It "
     "is not.",
     {"unclear", "unavailable"}},
    {"The board asked whether taking part in Secure Communities was compulsory. It was not.",
     {"unclear", "available"}},
    {"You asked whether the town could refuse to take part in Secure Communities. My answer is "
     "that it could not.",
     {"unclear", "unavailable"}},
    {"Counties cannot opt out. The state's withdrawal does not change that.",
     {"unavailable", "unavailable"}},
    {"Q7. Is participation in Secure Communities mandatory?\nA7. Yes: once the state signs, every "
     "jurisdiction in it participates.",
     {"unclear", "unavailable"}},
    {"Q8. How does a jurisdiction request not to be activated?\nA8. Send a letter to the state "
     "bureau.",
     {"unclear", "available"}},
    // Two opposite answers joined by a semicolon are two statements.
    {"One office told the county it could stay out of the program; another told it that it had "
     "no choice.",
     {"available", "unavailable"}},
    // A question that asks which position holds, or a modal and a pronoun with the verb left
    // out, asks about a position just taken; not again about a question.
    {"A month later the Secretary said it was not an opt-in, opt-out program. Which is it?",
     {"unavailable", "unclear"}},
    {"ICE told Orrin County it could opt out by letter. If Orrin County can write a letter, why "
     "can't we?",
     {"available", "unclear"}},
    {"The Board asked whether the county can opt out. Can we?", {"unclear"}},
    // Only right after a statement, and only when it answers.
    {"Counties cannot opt out. The meeting ended at noon. It is not.", {"unavailable"}},
    {"Counties cannot opt out. The sheriff will be there.", {"unavailable"}},
    // A resolution's recitals and its resolving clause are statements each, though only the
    // last ends with a period.
    {"WHEREAS, ICE wrote that a county could opt out of Secure Communities; and\nWHEREAS, the "
     "State Police cannot segregate one county's bookings; and\nNOW, THEREFORE, BE IT RESOLVED "
     "that the Board requests that the County be excluded from Secure Communities.",
     {"available", "unavailable", "unclear"}},
    // Not a word in capitals that only looks like one.
    {"THE MATTER WAS NOT\nRESOLVED BEFORE ACTIVATION, SO THE COUNTY CANNOT OPT OUT OF SECURE "
     "COMMUNITIES.",
     {"unavailable"}},
};

TEST(StanceTagger, TakesUpTheStatementBefore) {
  for (const FollowUpCase& row : k_follow_up_cases) {
    const std::string text = std::string("Secure Communities\n\n") + row.text;
    EXPECT_EQ(testing::tag_values(text, "optout"), row.stances) << row.text;
  }
}

TEST(StanceTagger, EndsASentenceAtAFootnoteAfterItsFullStop) {
  EXPECT_EQ(testing::tag_values("Secure Communities\n\nICE's materials said a county could opt "
                                "out.(4) Senior officials told us that no county could opt out.",
                                "optout"),
            (std::vector<std::string>{"available", "unavailable"}));
  // A footnote's number set as a superscript ("^52") or run on ("Communities.52"); a decimal
  // number ends nothing.
  EXPECT_EQ(testing::tag_values("Secure Communities\n\nICE said a county could opt out.^52 "
                                "Officials said no county could opt out.53 Counties may opt out "
                                "of version 1.52 Secure Communities.",
                                "optout"),
            (std::vector<std::string>{"available", "unavailable", "available"}));
  // A rank's abbreviation ends no sentence: the quote a reader cites keeps its speaker.
  EXPECT_EQ(optout_texts(testing::tag_text("Secure Communities\n\nCapt. Ortiz said ICE would "
                                           "honor requests to opt out. Lt. Dunn agreed.")),
            (std::vector<std::string>{"Capt. Ortiz said ICE would honor requests to opt out."}));
  // A request log's row ends before the next row (its number has a year) and before a dated
  // note under it.
  EXPECT_EQ(optout_texts(testing::tag_text(
                "Secure Communities\n\n11-0088  02/07/11  Ledger   Copy of the letter asking "
                "ICE to take the county out\n         of Secure Communities\n"
                "         Notes:  02/14/11 jt  PIO: \"A county cannot opt out.\"\n"
                "11-0142  03/29/11  BOCC     Whether the county may opt out\n")),
            (std::vector<std::string>{
                "11-0088  02/07/11  Ledger   Copy of the letter asking ICE to take the county "
                "out\n         of Secure Communities",
                "Notes:  02/14/11 jt  PIO: \"A county cannot opt out.\"",
                "11-0142  03/29/11  BOCC     Whether the county may opt out"}));
  // Tracked changes: a bracketed run that ends where the next opens.
  EXPECT_EQ(testing::tag_values("Secure Communities\n\n[Deleted: A county may notify ICE in "
                                "writing, and ICE will consider the request.][Inserted: Secure "
                                "Communities does not\nprovide for a county to withdraw.]",
                                "optout"),
            (std::vector<std::string>{"available", "unavailable"}));
}

struct OcrPageCase {
  const char* text;
  std::vector<std::string> stances;
  std::vector<std::string> speakers;
};

const OcrPageCase k_ocr_page_cases[] = {
    // An all-capital teletype: its zeros repaired into the rules' words ("T0LD", "N0"), and an
    // ORI stands for the agency it identifies.
    {"RE: SECURE C0MMUNITIES\n\nSHERIFF ADVISES ICE ER0 CHARLEST0N T0LD HIM THAT C0UNTIES "
     "C0ULD DECLINE.\nICE RESP0NSE: \"N0 MECHANISM EXISTS T0 EXCLUDE AN INDIVIDUAL 0RI.\"",
     {"available", "unavailable"},
     {"ICE ERO", "ICE"}},
    // A bulletin: "cann0t", "d0es n0t" and a name in capitals no rule knows ("CADD0").
    {"CADD0 SPRINGS C0UNTY SHERIFF\u2019S 0FFICE\n\nSUBJECT: Secure C0mmunities\n\nThe C0unty "
     "cann0t leave the pr0gram. The State d0es n0t all0w a c0unty t0 0pt 0ut.",
     {"unavailable", "unavailable"},
     {"Caddo Springs County Sheriff's Office", "Caddo Springs County Sheriff's Office"}},
    // A fax of a jail's handbook page: the transmission line's sender, not its addressee, and
    // OCR's "rn" for "m" ("Cornrnunities", "prograrn").
    {"MAR-04-2011 15:22    FR0M:CULLODEN C0 S0 JAIL   (706)555-0119    T0:ICE ER0 ATL\n\n"
     "CULLODEN COUNTY SHERIFF\u2019S OFFlCE\nlnmate Handbook  \u00b7  Rev. 07/20l0\n\nSecure "
     "Cornrnunities is a federal prograrn. A county cannot be rernoved frorn the prograrn.",
     {"unavailable"},
     {"Culloden County Sheriff's Office"}},
    // OCR's "l" for a capital I opens the next sentence ("? lf the letter ..."): a question
    // does not run on into a sentence of refusal.
    {"MERRIBEL COUNTY SHERIFF\u2019S OFFICE\n\nSecure Communities\n\nIs there anything the "
     "Board could do to take us out of the program? lf it cannot, we will not ask to be left "
     "out.",
     {"unclear", "unclear"},
     {"Merribel County Sheriff's Office", "Merribel County Sheriff's Office"}},
    // A heading in capitals with a small letter or two (OCR's "l" for "I", "McALLEN") is still
    // in capitals: no name is told apart in it.
    {"Secure C0mmunities\n\nA RES0LUTl0N REQUESTlNG THAT U.S. lMMlGRATl0N AND CUST0MS "
     "ENF0RCEMENT EXCLUDE McALLEN C0UNTY FR0M SECURE C0MMUNlTlES\n\nPage 2",
     {"unclear"},
     {"ICE"}},
};

TEST(StanceTagger, ReadsOcrdPages) {
  for (const OcrPageCase& row : k_ocr_page_cases) {
    const auto tags = testing::tag_pages({row.text}, record::Method::ocr);
    EXPECT_EQ(testing::values_of(tags, "optout"), row.stances) << row.text;
    EXPECT_EQ(optout_speakers(tags), row.speakers) << row.text;
  }
}

TEST(StanceTagger, EndsASentenceWhereAQuotedMessageBegins) {
  // "... wrote:" and the quoted lines under it are two sentences; a quoted line's full stop
  // ends a sentence before the next quoted line's capital.
  const auto tags = testing::tag_pages(
      {"Secure Communities\n\nWe said counties may opt out, as the county wrote:\n> Can we "
       "confirm that?\n> No county can opt out."});
  std::vector<std::string> statements;
  for (const auto& tag : tags) {
    if (tag.kind == "optout") {
      statements.push_back(tag.value + ": " + tag.text);
    }
  }
  EXPECT_EQ(statements, (std::vector<std::string>{
                            "available: We said counties may opt out, as the county wrote:",
                            "unavailable: No county can opt out."}));
}

TEST(StanceTagger, GivesInlineAnswersToTheReplysSender) {
  // A reply that says its answers are inline: the quoted message's capitalised or bracketed
  // paragraphs are the reply's sender's, on the reply's date; the rest is the quoted sender's.
  const auto tags = testing::tag_pages(
      {"From: Ames, Jo\nSent: Friday, February 18, 2011 8:05 AM\nSubject: RE: feed\n\nMy "
       "answers are inline below.\n\nJo Ames\nU.S. Immigration and Customs Enforcement\n\n"
       "-----Original Message-----\nFrom: Pruitt, Glenn\nSent: Tuesday, February 15, 2011 3:02 "
       "PM\nSubject: feed\n\nCan the county opt out of Secure Communities?\n\n   NO - THE "
       "COUNTY CANNOT OPT OUT OF SECURE COMMUNITIES.\n\nGlenn Pruitt\nKane County Sheriff's "
       "Office"});
  std::vector<std::string> statements;
  for (const auto& tag : tags) {
    if (tag.kind == "optout") {
      statements.push_back(tag.value + " " + tag.extra["agency"].get<std::string>() + " " +
                           tag.extra["date"].get<std::string>());
    }
  }
  EXPECT_EQ(statements, (std::vector<std::string>{"unclear Kane County Sheriff's Office 2011-02-15",
                                                  "unavailable ICE 2011-02-18"}));
}

TEST(StanceTagger, ReadsEachTurnOfAChatLogOnItsOwn) {
  // Lines that open with a timestamp, a bracket, a screen name or a label in capitals are turns
  // of their own, full stop or not; a turn that opens with a modal before its subject asks. A
  // plain word before a colon at a line's start is no label.
  EXPECT_EQ(testing::tag_values("Secure Communities chat\n[10:42:13] ero.duty: can a county opt "
                                "out of Secure Communities\n[10:42:40] jsmith_2: no, counties "
                                "cannot opt out\nSUPERVISOR KANE: Counties may opt out\n",
                                "optout"),
            (std::vector<std::string>{"unclear", "unavailable", "available"}));
  EXPECT_EQ(testing::tag_values("Secure Communities\n\nIn our experience no county could\nleave: "
                                "the county was activated anyway.",
                                "optout"),
            std::vector<std::string>{"unavailable"});
  EXPECT_EQ(testing::tag_values("Secure Communities\n\nShould a county wish to opt out, it must "
                                "notify ICE in writing.",
                                "optout"),
            std::vector<std::string>{"available"});
}

TEST(StanceTagger, HandlesOcrNoise) {
  // Curly quotes, a ligature, a word hyphenated at a line end, a sentence broken across lines.
  const std::string text =
      "Secure Communities\n\nParticipation in the program is not\nvolun-\ntary; "
      "there is no “opt-\nout” for ﬁeld ofﬁces.";
  const auto tags = testing::tag_text(text);
  const auto stances = testing::values_of(tags, "optout");
  ASSERT_EQ(stances.size(), 1u);
  EXPECT_EQ(stances[0], "unavailable");
}

TEST(StanceTagger, ReadsWordsOcrSplitInsideALine) {
  // No line break: the program's name and the cue are split by a hyphen and a space.
  EXPECT_EQ(testing::tag_values("Taking part in Secure Com- munities is manda- tory.", "optout"),
            std::vector<std::string>{"unavailable"});
  EXPECT_EQ(testing::tag_values("Sheriffs may opt- out by letter.", "optout"),
            std::vector<std::string>{"available"});
}

TEST(StanceTagger, NeedsTheProgramForObligationWordsButNotForOptOut) {
  EXPECT_TRUE(testing::tag_values("Participation is mandatory.", "optout").empty());
  EXPECT_EQ(testing::tag_values("Counties may opt out.", "optout"),
            std::vector<std::string>{"available"});
  // The program may be named on a later page: the first pages are read ahead.
  EXPECT_EQ(testing::values_of(testing::tag_pages({"Participation is mandatory.",
                                                   "Minutes of the Secure Communities group"}),
                               "optout"),
            std::vector<std::string>{"unavailable"});
  // The program named by what it does: the immigration check of arrest fingerprints, the IDENT
  // search.
  EXPECT_EQ(testing::tag_values("Re: Fingerprint Records - Federal Immigration Screening\n\n"
                                "Neither a State's nor a county's consent is a condition of "
                                "the program.",
                                "optout"),
            std::vector<std::string>{"unavailable"});
  EXPECT_EQ(testing::tag_values("Rev. 2: an agency that has declined in writing is held from "
                                "the IDENT search.",
                                "optout"),
            std::vector<std::string>{"available"});
}

TEST(DocumentTagger, ReadsOnlyTheFirstPagesAhead) {
  // Past the pages read ahead, pages are tagged as they come, in order: a program named only
  // after them is not known on the first page.
  std::vector<std::string> pages(DocumentTagger::k_read_ahead_pages + 2, "Nothing here.");
  pages.front() = "Participation is mandatory.";
  pages.back() = "Participation in Secure Communities is mandatory.";
  std::vector<int> stance_pages;
  for (const record::Tag& tag : testing::tag_pages(pages)) {
    if (tag.kind == "optout") {
      stance_pages.push_back(tag.page);
    }
  }
  EXPECT_EQ(stance_pages, std::vector<int>{static_cast<int>(pages.size())});
}

TEST(StanceTagger, AttributesToTheLetterheadAndDocumentDate) {
  const auto tags = testing::tag_text(
      "U.S. Department of Homeland Security\nU.S. Immigration and Customs Enforcement\n\n"
      "September 14, 2010\n\nParticipation in Secure Communities is mandatory.");
  const auto stance =
      std::find_if(tags.begin(), tags.end(), [](const auto& tag) { return tag.kind == "optout"; });
  ASSERT_NE(stance, tags.end());
  EXPECT_EQ(stance->extra["agency"], "ICE");
  EXPECT_EQ(stance->extra["date"], "2010-09-14");
}

TEST(StanceTagger, AttributesToTheAgencyQuoted) {
  const auto tags =
      testing::tag_text("Minutes, 15 February 2011\n\nCounsel reported that ICE said that "
                        "jurisdictions have no ability to opt out of Secure Communities.");
  const auto stance =
      std::find_if(tags.begin(), tags.end(), [](const auto& tag) { return tag.kind == "optout"; });
  ASSERT_NE(stance, tags.end());
  EXPECT_EQ(stance->value, "unavailable");
  EXPECT_EQ(stance->extra["agency"], "ICE");
  EXPECT_EQ(stance->extra["date"], "2011-02-15");
}

TEST(StanceTagger, AttributesToTheAgencyOfARelativeClause) {
  const auto tags =
      testing::tag_text("Minutes, 15 February 2011\n\nA deputy spoke with ICE, which said that "
                        "jurisdictions have no ability to opt out of Secure Communities.");
  const auto stance =
      std::find_if(tags.begin(), tags.end(), [](const auto& tag) { return tag.kind == "optout"; });
  ASSERT_NE(stance, tags.end());
  EXPECT_EQ(stance->extra["agency"], "ICE");
}

struct SpeakerCase {
  const char* text;
  const char* agency;
};

// Who speaks when the letterhead is someone else's.
const SpeakerCase k_speaker_cases[] = {
    // Not the verb of another subject after the relative clause.
    {"Washington State Patrol\nJune 2, 2011\n\nPrints go to the Oregon State Police, which "
     "forwards them to the FBI, and ICE said counties cannot opt out of Secure Communities.",
     "ICE"},
    // An official's title in a speech verb's subject speaks for the agency.
    {"Washington State Patrol\nJune 2, 2011\n\nIn a letter to Congress, the Secretary of "
     "Homeland Security wrote that a county may opt out of Secure Communities.",
     "DHS"},
    // Speech reported inside speech is the inner speaker's; not when the outer speaker is no
    // agency.
    {"Washington State Patrol\nJune 2, 2011\n\nDellwood County Sheriff Wade Tolliver said ICE "
     "officials told a room of sheriffs that a county could decline Secure Communities.",
     "ICE"},
    {"Washington State Patrol\nJune 2, 2011\n\nPlaintiffs' complaint alleges that ICE told "
     "local jurisdictions that they could opt out of Secure Communities.",
     ""},
    // A speaker in a condition says nothing: the author speaks.
    {"Washington State Patrol\nJune 2, 2011\n\nUntil ICE advises otherwise, every county will "
     "take part in Secure Communities, and participation will be mandatory by 2013.",
     "Washington State Patrol"},
    // "The agency" in a speech verb's subject is the agency named last before it.
    {"Washington State Patrol\nJune 2, 2011\n\nWe met with ICE in May. The agency's fact sheet "
     "from 2009 stated that participation in Secure Communities was voluntary.",
     "ICE"},
    {"Washington State Patrol\nJune 2, 2011\n\nWhen ICE first came to us, the agency's people "
     "told us that it would be up to each sheriff whether to take part in Secure Communities.",
     "ICE"},
    // A passive speech verb's subject is what was said: the next speech verb's subject speaks.
    {"Washington State Patrol\nJune 2, 2011\n\nWhen the program was explained to us, the "
     "officer from ERO who came down from Seattle said that a county could opt out of Secure "
     "Communities.",
     "ICE ERO"},
    // "The Secretary's letter" is the Secretary's in a document by the Department or a part of
    // it; a date's comma is inside the subject, the aside's after it is not.
    {"U.S. Immigration and Customs Enforcement\nJune 2, 2011\n\nThe Secretary's letter to "
     "Congress of September 7, 2010, which a commissioner had printed, says that a jurisdiction "
     "may opt out of Secure Communities.",
     "DHS"},
    // Elsewhere another department's Secretary may have written it.
    {"Washington State Patrol\nJune 2, 2011\n\nThe Secretary's letter to the sheriffs says that "
     "a jurisdiction may opt out of Secure Communities.",
     "Washington State Patrol"},
    {"Washington State Patrol\nJune 2, 2011\n\nThe Board's letter of May 3, 2011, which we "
     "forwarded to ICE, says that the county wants to opt out of Secure Communities.",
     "Washington State Patrol"},
    // An agency opening a table's row or a dated bullet introduces the quotation after a colon.
    {"Washington State Patrol\nJune 2, 2011\n\n47   ICE Director, statement to the press: \"No "
     "jurisdiction will be exempted from Secure Communities.\"",
     "ICE"},
    {"Washington State Patrol\nJune 2, 2011\n\n* 2010 ICE slide (sheriffs' training): \"A "
     "JURISDICTION THAT OBJECTS WILL NOT BE ACTIVATED IN SECURE COMMUNITIES OVER ITS OBJECTION\"",
     "ICE"},
    // A relative clause between the agency and its speech verb.
    {"Washington State Patrol\nJune 2, 2011\n\nThe Oregon State Police, which sends the "
     "County's prints to the FBI, has advised the County that counties cannot opt out of Secure "
     "Communities.",
     "Oregon State Police"},
    {"Minutes, 15 February 2011\n\nCounsel reported that DHS, in a letter dated March 2, 2011, "
     "took the position that counties cannot opt out of Secure Communities.",
     "DHS"},
    {"Washington State Patrol\nJune 2, 2011\n\nWe have been informed by ICE that counties cannot "
     "opt out of Secure Communities.",
     "ICE"},
    // A passive speech verb's agent, a few words after it.
    {"Washington State Patrol\nJune 2, 2011\n\nThe sheriffs were told repeatedly by the Virginia "
     "State Police that counties may opt out of Secure Communities.",
     "Virginia State Police"},
    // ... and with "by" the seventh word, the look-back starts at the first.
    {"Secure Communities. The sheriffs were told this often by ICE: counties cannot opt out of "
     "Secure Communities.",
     "ICE"},
    // An aside set off between the subject and its speech verb, a date's own comma inside it.
    {"JAN-L Digest\nMarch 17, 2011\n\nI also have an email from ERO San Francisco, dated "
     "September 24, 2010, saying a county may opt out of Secure Communities.",
     "ICE ERO"},
    {"OFFICE OF INSPECTOR GENERAL\nApril 23, 2012\n\nICE's web page, as it read in September "
     "2010, advised that a county could opt out of Secure Communities.",
     "ICE"},
    {"OFFICE OF INSPECTOR GENERAL\nApril 23, 2012\n\nICE's materials -- a fact sheet, a set of "
     "questions, and slides -- stated that a county could opt out of Secure Communities.",
     "ICE"},
    // A letterhead's agency may take several lines of its own after a blank line.
    {"                    U.S. Department of Homeland Security\n                    Washington, DC "
     "20536\n\n                    U.S. Immigration\n                    and Customs\n         "
     "           Enforcement\n\nMEMORANDUM\n\nNo county may opt out of Secure Communities.",
     "ICE"},
    // Told by the agent after "by", not by the passive verb's subject.
    {"Minutes, 15 February 2011\n\nThe Washington State Patrol (WSP) was assured by ICE that "
     "any county could opt out of Secure Communities.",
     "ICE"},
    {"Minutes, 15 February 2011\n\nThe Lane County Sheriff's Office had asked to opt out of "
     "Secure Communities.",
     "Lane County Sheriff's Office"},
    {"U.S. Department of Homeland Security\nAugust 19, 2010\n\nICE has honored every request to "
     "opt out of Secure Communities.",
     "DHS"},
};

// Who speaks when the document's author is no listed agency, or unnamed.
const SpeakerCase k_author_cases[] = {
    // The interviewee's line up to its column's gap: not the interviewer's agency beside it.
    {"FBI CJIS DIVISION\n\nMEMORANDUM OF INTERVIEW\n\nInterviewee:    (b)(6)          "
     "Interviewer: SA (b)(6), FBI\nPosition:       Deputy, Ocotillo County Sheriff's Office\n\n"
     "He said that counties could opt out of Secure Communities.",
     "Ocotillo County Sheriff's Office"},
    // A speaker's card speaks for whom it represents: an agency, or "self", nobody.
    {"VERANO COUNTY BOARD OF SUPERVISORS\nREQUEST TO SPEAK\n\nRepresenting: self\nComments: Why "
     "can't Verano opt out of Secure Communities?",
     ""},
    {"VERANO COUNTY BOARD OF SUPERVISORS\nREQUEST TO SPEAK\n\nRepresenting: Sonora Wells Police "
     "Department\nComments: We have no ability to keep our arrests out of Secure Communities.",
     "Sonora Wells Police Department"},
    // An agency inside the sentence does not take the card's place; "self" is nobody's.
    {"VERANO COUNTY BOARD OF SUPERVISORS\nREQUEST TO SPEAK\n\nRepresenting: Sonora Wells Police "
     "Department\nComments: We told ICE that we have no ability to keep our arrests out of "
     "Secure Communities.",
     "Sonora Wells Police Department"},
    {"VERANO COUNTY BOARD OF SUPERVISORS\nREQUEST TO SPEAK\n\nRepresenting: self\nComments: "
     "Under ICE rules the county has no ability to keep its arrests out of Secure Communities.",
     ""},
    // A signature's agency line may run on with an address after a bar.
    {"From: (b)(6)\nSent: Monday, March 14, 2011 3:12 PM\nTo: (b)(6)\nSubject: plan\n\nOur "
     "legal office says no county can opt out of Secure Communities.\n\nThanks,\n\n(b)(6)\nAFIS "
     "Project Manager, Criminal Identification and Records Branch\nKentucky State Police | 1266 "
     "Louisville Road, Frankfort, KY 40601\n",
     "Kentucky State Police"},
    // A request form's component is whom it is sent to, not who speaks.
    {"FOIA ONLINE REQUEST\nSubmitted: March 3, 2011\nComponent: ICE\nRequester: Jane Roe\n\nI "
     "was told by my county that it cannot opt out of Secure Communities.",
     ""},
    // A form's "Office:" speaks for its first person, not the email it came under; an agency
    // that is the sentence's subject speaks for itself.
    {"From: Counsel, OPLA\nSent: Tuesday, December 14, 2010 9:00 AM\nSubject: Hold\n\nReturn "
     "the form below.\n\nQUESTIONNAIRE\nOffice:        ERO Chicago, Secure Communities\n\nI "
     "told the sheriffs that a county could opt out of Secure Communities.",
     "ICE ERO"},
    {"From: Counsel, OPLA\nSent: Tuesday, December 14, 2010 9:00 AM\nSubject: Hold\n\nReturn "
     "the form below.\n\nQUESTIONNAIRE\nOffice:        ERO Chicago, Secure Communities\n\nIn "
     "September 2010 the Illinois State Police asked us whether it could opt out of Secure "
     "Communities.",
     "Illinois State Police"},
    // A memorandum of interview reports its interviewee, under whoever's letterhead.
    {"DEPARTMENT OF HOMELAND SECURITY\nOFFICE OF INSPECTOR GENERAL\n\nMEMORANDUM OF "
     "INTERVIEW\n\nInterviewee:    (b)(6)\nPosition:       Unit Chief, Secure Communities,\n"
     "                U.S. Immigration and Customs Enforcement (ICE)\n\nHe said that counties "
     "could opt out of Secure Communities.",
     "ICE"},
    // A local government's letterhead that names no agency of its own.
    {"TOWN OF BIRCHWOOD\nOffice of the Mayor\n\nMarch 3, 2011\n\nWe were assured that a town "
     "could opt out of Secure Communities, and the Birchwood Police Department relied on that.",
     "Town of Birchwood"},
    {"County of Alamar\n\nJune 1, 2011\n\nThe county cannot opt out of Secure Communities.",
     "Alamar County"},
    // A memo from a person who is no agency, under such a letterhead: nobody the tags can name,
    // not the police department the sentence mentions.
    {"TOWN OF BIRCHWOOD\n\nTO: Select Board\nFROM: Town Counsel\nDATE: May 2, 2011\n"
     "RE: Secure Communities\n\nIn my view the Birchwood Police Department has no way to opt "
     "out of the program.",
     ""},
    // The same memo under an agency's letterhead is the agency's.
    {"U.S. Immigration and Customs Enforcement\n\nTO: Field Offices\nFROM: Deputy Director\n"
     "DATE: May 2, 2011\nRE: Secure Communities\n\nNo county has a way to opt out of the "
     "program.",
     "ICE"},
    // An unsigned FAQ speaks for the agency its answers start with.
    {"Secure Communities: Common Questions\n\nQ. May a county leave the program?\nA. No "
     "county may opt out.\n\nQ. Who runs the checks?\nA. FBI staff forward each set of prints. "
     "ICE reviews every match. ICE decides on any detainer.",
     "ICE"},
    // A letterhead goes on past a blank line with an agency's name alone on its line, not with
    // an addressee's line.
    {"U.S. Department of Homeland Security\nWashington, DC 20528\n\nU.S. Immigration and "
     "Customs Enforcement\n\nMarch 9, 2011\n\nNo county can opt out of Secure Communities.",
     "ICE"},
    {"Marisol County Sheriff's Office\n12 Main Street\n\nDirector, U.S. Immigration and Customs "
     "Enforcement\n\nMarch 9, 2011\n\nNo county can opt out of Secure Communities.",
     "Marisol County Sheriff's Office"},
    // A letter signed by a person who is no agency, copied to one: nobody the tags can name.
    {"COLORADO STATE SENATE\n\nJanuary 24, 2011\n\nCan a county in my district opt out of Secure "
     "Communities?\n\nSincerely,\n\nJane Roe\nState Senator\n\ncc: Colorado Bureau of "
     "Investigation",
     ""},
    // Reported speech: an agency in the speech verb's subject speaks; someone who is no agency
    // is nobody the tags can name.
    {"Minutes, 15 February 2011\n\nSome of the advocates at the hearing said that a city can "
     "simply opt out of Secure Communities.",
     ""},
    {"HARLOW POLICE DEPARTMENT\nMay 2, 2012\n\nAn official at ICE's Burlington office told my "
     "deputy that no city could opt out of Secure Communities.",
     "ICE"},
    // An author who is no agency: nobody, unless an agency is the sentence's subject or opens a
    // quotation.
    {"TRI-COUNTY IMMIGRANT RIGHTS COALITION\nNovember 15, 2010\n\nQ: Can our county opt out of "
     "Secure Communities?",
     ""},
    {"TRI-COUNTY IMMIGRANT RIGHTS COALITION\nNovember 15, 2010\n\nA: So ICE's official answer "
     "is now that counties cannot opt out of Secure Communities.",
     "ICE"},
    {"TRI-COUNTY IMMIGRANT RIGHTS COALITION\nNovember 15, 2010\n\n - ICE fact sheet, August "
     "2010: \"A county may opt out of Secure Communities.\"",
     "ICE"},
    {"TRI-COUNTY IMMIGRANT RIGHTS COALITION\nNovember 15, 2010\n\nThe more counties that ask, "
     "the harder it will be for ICE to refuse to let them opt out of Secure Communities.",
     ""},
    // A quotation's speaker named after it: an agency's spokesperson, or someone who is no
    // agency.
    {"HARLOW POLICE DEPARTMENT\nMay 2, 2012\n\n\"There is no opt-out from Secure "
     "Communities,\" said ICE spokeswoman Elena Marsh.",
     "ICE"},
    {"HARLOW POLICE DEPARTMENT\nMay 2, 2012\n\n\"Why can't a county opt out of Secure "
     "Communities?\" asked Ines Carvajal of the Keystone Immigrant Rights Network.",
     ""},
    {"Minutes, 15 February 2011\n\nThe plaintiffs' complaint alleges that ICE told counties that "
     "they could opt out of Secure Communities.",
     ""},
    // A question quoted whole after a number or a label is an unnamed asker's, not the author's;
    // what the author "understands from" an agency is the agency's.
    {"HARLOW POLICE DEPARTMENT\nMay 2, 2012\n\nQuestions we received about Secure Communities:"
     "\n\n4. \u201cMay our agency decline to participate?\u201d",
     ""},
    {"HARLOW POLICE DEPARTMENT\nMay 2, 2012\n\nSlide 5 | \"Can a county say no to Secure "
     "Communities?\"",
     ""},
    {"Minutes, 15 February 2011\n\nThe Association understands from ICE that no agency will be "
     "able to opt out of Secure Communities.",
     "ICE"},
    // A title bar and a rule under it stand in the letterhead; a publisher in a report's footer
    // beside its publication date is an author who is no agency.
    {"Secure Communities                                               Slide 1 of 14\n"
     "==========================================================================\nBriefing for "
     "state bureaus\nU.S. Immigration and Customs Enforcement | Kansas City | April 21, 2010\n\n"
     "FBI staff forward the prints. A jurisdiction may opt out of Secure Communities.",
     "ICE"},
    {"Locked In: Secure Communities in Kansas\n\nNothing in the law says whether a county may "
     "decline.\n\nPrairie Immigrant Justice Project | Locked In | Published January 17, 2012",
     ""},
    // A declaration is its declarant's, whatever the court's caption names; an agency that adopts
    // a resolution acts for itself.
    {"UNITED STATES DISTRICT COURT\n\nDECLARATION OF JANE ROE\n\nI, Jane Roe, declare as "
     "follows:\n1. I am a director in the Office of Enforcement and Removal Operations of U.S. "
     "Immigration and Customs Enforcement.\n2. No county could opt out of Secure Communities.",
     "ICE"},
    {"Minutes, 15 February 2011\n\nThe Bellhaven County Legislature adopted a resolution "
     "declining participation in Secure Communities.",
     "Bellhaven County Legislature"},
    {"Vermont State Police\nMinutes, 11 April 2012\n\nChief Ames reported that the Ridley Select "
     "Board voted on March 6 to ask to be removed from Secure Communities.",
     "Ridley Select Board"},
    // A statement of facts or of a grievance is no witness's statement: the author speaks.
    {"U.S. Immigration and Customs Enforcement\n\nSTATEMENT OF FACTS\n\nCounties cannot opt "
     "out of Secure Communities.",
     "ICE"},
    // A sheriff by title speaks for the sheriff's office the document named.
    {"DEPUTIES' ASSOCIATION GRIEVANCE\n\nBooking at the Kessler County Sheriff's Office is "
     "slow.\n\nThe Undersheriff told the Association that the county cannot opt out of Secure "
     "Communities.",
     "Kessler County Sheriff's Office"},
    // An inline reply marked with its sender's agency.
    {"From: Jail IT, Marisol County Sheriff's Office\nSent: Monday, May 2, 2011 9:00 AM\n"
     "Subject: the feed\n\n[ICE] NO, THE COUNTY CANNOT OPT OUT OF SECURE COMMUNITIES.",
     "ICE"},
    // An agency that speaks only inside a condition says nothing: the author asks.
    {"TOWN OF BIRCHWOOD\n\nMay 3, 2011\n\nThe Select Board asks that ICE remove the town from "
     "Secure Communities or, if ICE maintains that no town can opt out, that it say so.",
     "Town of Birchwood"},
    // A social-media page: each post or comment is its poster's, named where it opens.
    {"Brasher County Sheriff's Office - Wall | Facebook\n\n Brasher County Sheriff's Office  We "
     "asked ICE about Secure Communities.\n November 15, 2010 at 9:40am  -  Like\n\n     (b)(6)  "
     "So we're stuck with it and can't opt out?\n     November 15, 2010 at 10:02am  -  Like",
     ""},
    // An agency that opens the sentence after a phrase set off by a comma is its subject,
    // under an author who is no agency.
    {"ELLERY UNIVERSITY SCHOOL OF LAW\nImmigration Justice Clinic\n\nFebruary 7, 2011\n\nOn "
     "information and belief, ICE has never removed a jurisdiction from Secure Communities at "
     "its request.",
     "ICE"},
    // The agencies in a "cc:" list under a letter's signature get copies: they do not sign.
    {"Dear Sheriff:\n\nIf this program was voluntary in 2009, when did it stop being so, and "
     "could the county still opt out of Secure Communities?\n\nVery truly yours,\n\n(b)(6)\n"
     "Staff Attorney\n\ncc:  Wexley County Board of Commissioners\n     Wexley County State's "
     "Attorney\n",
     ""},
    // However many messages came in before it; its header line, naming the addressee, is no
    // part of its first sentence.
    {"Sabino County Sheriff's Office\nExtraction Summary Report\n\nSMS / iMESSAGE\n-----\n"
     "#1   08/19/2010 16:05:12   Incoming   From: \"ERO PHX\"\n     Talked to HQ.\n\n"
     "#2   08/20/2010 10:05:12   Incoming   From: \"Sup. Dist 2\"\n     Call me.\n\n"
     "#3   09/10/2010 09:30:18   Outgoing   To: \"ICE ERO PHX\"\n     quick q. if the board votes "
     "to opt out of Secure Communities what happens?",
     "Sabino County Sheriff's Office"},
    // An untitled attachment is the agency that signs the message it is sent with.
    {"From: (b)(6) (CTR)\nSent: Friday, April 01, 2011 9:12 AM\nTo: (b)(6)\nSubject: RAID log\n\n"
     "Attached is v14.\n\n(b)(6)\nContractor Support, Secure Communities PMO\nU.S. "
     "Immigration and Customs "
     "Enforcement\n\n============================================================\nSC RAID LOG "
     "v14\n\nR-04   Risk   06/15/2009\n  Description: No county may opt out "
     "of Secure Communities.",
     "ICE"},
    // A phone extraction's numbered messages: one sent to someone is the handset holder's,
    // one received is its sender's.
    {"Sabino County Sheriff's Office\nExtraction Summary Report\n\nSMS / iMESSAGE\n-----\n"
     "#1   08/19/2010 16:05:12   Incoming   From: \"ERO PHX\"\n     Talked to HQ about Secure "
     "Communities.\n\n#2   09/10/2010 09:30:18   Outgoing   To: \"ERO PHX\"\n     if the board "
     "votes to opt out what happens?",
     "Sabino County Sheriff's Office"},
    {"Sabino County Sheriff's Office\nExtraction Summary Report\n\nSMS / iMESSAGE\n-----\n"
     "#1   08/19/2010 16:05:12   Outgoing   To: \"ERO PHX\"\n     Talked to the board about "
     "Secure Communities.\n\n#2   09/10/2010 10:02:47   Incoming   From: \"ERO PHX\"\n     "
     "the board can vote whatever it wants, no county can opt out.",
     "ICE ERO"},
    // A ticket's work notes by a group named in parentheses are the letterhead's.
    {"TENNESSEE BUREAU OF INVESTIGATION\nIncident Detail Report\n\nCategory: Secure "
     "Communities\n\n02/14/2011 09:30:44   [b6] (Support - Tier 1)   Type: Phone Log\n  Called "
     "the customer back.\n\n02/15/2011 14:05:12   [b6] (Support - Tier 2)   Type: Email\n  "
     "Sent the resolution to ICE. Asked: does ICE accept a county-level opt-out?",
     "Tennessee Bureau of Investigation"},
    // A contact log's rows, a short column or two after the date: the party its entry names.
    {"OFFICE OF STATE REPRESENTATIVE\nCONTACT LOG - Case 2011-0417\n\nDate        By   Type     "
     "Entry\n----------  ---  -------  -----------\n"
     "05/16/2011  MT   Phone    Marbury PD, Chief Whitford. Left a message.\n"
     "05/19/2011  MT   Phone    ICE ERO Boston, community relations officer. Per the CRO, a\n"
     "                          town can ask in a letter that it not be activated in Secure\n"
     "                          Communities.\n",
     "ICE ERO"},
};

TEST(StanceTagger, AttributesToWhoSpeaks) {
  std::vector<SpeakerCase> rows(std::begin(k_speaker_cases), std::end(k_speaker_cases));
  rows.insert(rows.end(), std::begin(k_author_cases), std::end(k_author_cases));
  for (const SpeakerCase& row : rows) {
    const auto tags = testing::tag_text(row.text);
    const auto stance = std::find_if(tags.begin(), tags.end(),
                                     [](const auto& tag) { return tag.kind == "optout"; });
    ASSERT_NE(stance, tags.end()) << row.text;
    // "": nobody the tags can name speaks.
    const record::Json expected =
        *row.agency == '\0' ? record::Json(nullptr) : record::Json(row.agency);
    EXPECT_EQ(stance->extra["agency"], expected) << row.text;
  }
}

TEST(StanceTagger, FollowsTheMessagesOfAnEmailThread) {
  const auto tags = testing::tag_text(
      "From: Smith, Jo <jo.smith@ice.dhs.gov>\nSent: Tuesday, May 17, 2011 8:30 AM\nTo: Paul\n"
      "Subject: RE: request\n\nCounties cannot opt out.\n\n"
      "From: Paul Kessler <pk@doj.ca.gov>\nSent: Monday, May 16, 2011 11:05 AM\nTo: Jo\n"
      "Subject: request\n\nCan a county opt out?\n");
  const auto attributions = optout_attributions(tags);
  ASSERT_EQ(attributions.size(), 2u);
  EXPECT_EQ(attributions[0], std::make_pair(std::string("ICE"), std::string("2011-05-17")));
  EXPECT_EQ(attributions[1], std::make_pair(std::string("California Department of Justice"),
                                            std::string("2011-05-16")));
}

// An attachment under a rule after a message's body, and a letter set into a report with its
// own letterhead and date line, speak for themselves, on their own dates; a footnote's short
// rule starts nothing.
TEST(StanceTagger, ReadsTheDocumentsSetIntoAPage) {
  const std::string rule(60, '-');
  const auto tags = testing::tag_text(
      "From: Ames, Jo <jo.ames@ice.dhs.gov>\nSent: Tuesday, January 11, 2011 3:02 PM\nTo: Paul\n"
      "Subject: survey\n\nCounties cannot opt out of Secure Communities.\n\n" +
      rule +
      "\n\nSHERIFFS' CONFERENCE SURVEY\nPrepared January 10, 2011\n\nQ2. Could your county "
      "choose not to take part in Secure Communities?\n\n" +
      std::string(20, '_') +
      "\n(1) Survey of members.\n\nMost members asked to opt out of Secure Communities.\n\n"
      "AGENCY RESPONSE\n\n     STATE OF NEVADA\n     DEPARTMENT OF PUBLIC SAFETY\n\n"
      "February 6, 2012\n\nNo local agency can switch off Secure Communities.\n");
  const auto attributions = optout_attributions(tags);
  EXPECT_EQ(attributions, (std::vector<std::pair<std::string, std::string>>{
                              {"ICE", "2011-01-11"},
                              {"", "2011-01-10"},
                              {"", "2011-01-10"},
                              {"Nevada Department of Public Safety", "2012-02-06"}}));
}

// A numbered table's rows that name their sources first speak for them, on their dates (a row
// naming no agency for nobody); after the table the author speaks again, on the page's date.
// A docket's numbered entries that only mention an agency are no sources.
TEST(StanceTagger, ReadsATableOfQuotedSources) {
  const auto tags = testing::tag_text(
      "DEPARTMENT OF HOMELAND SECURITY\nOFFICE OF INSPECTOR GENERAL\nAUDIT WORKPAPER        "
      "Prepared: November 14, 2011\n\nSTATEMENTS TESTED\n\nNo. Date        Source (W/P)      "
      "                         Tick\n--- ----------  ------------------------------------------ "
      " -----\n 1  09/15/2009  ERO Denver letter to a Colorado sheriff (C-3.1b)    T X\n       "
      "         \"Your county may opt out of Secure Communities.\"\n 2  01/12/2010  Program "
      "office internal memo (C-3.1c)               R\n                \"No county may opt out "
      "of Secure Communities.\"\n\nTotals: 2 selected.\n\nWe found that no county could in "
      "fact opt out of Secure Communities.\n");
  EXPECT_EQ(optout_attributions(tags),
            (std::vector<std::pair<std::string, std::string>>{
                {"ICE ERO", "2009-09-15"}, {"", "2010-01-12"}, {"DHS OIG", "2011-11-14"}}));
  const auto docket = testing::tag_text(
      "SUPREME COURT OF THE STATE OF NEW YORK\nINDEX NO. 004417/2011\n"
      "Filed: June 14, 2011\n\nDOCKET\n\n9    07/22/2011  REPLY AFFIRMATION, w/ Exhibit G (DHS "
      "letter)     Petitioner\n10   08/09/2011  LETTER TO JUDGE - counsel advises that the "
      "County cannot opt out of Secure Communities.\n");
  EXPECT_EQ(optout_attributions(docket),
            (std::vector<std::pair<std::string, std::string>>{{"", "2011-08-09"}}));
  // A table that runs to the page's end ends there.
  const auto pages = testing::tag_pages(
      {"DEPARTMENT OF HOMELAND SECURITY\nOFFICE OF INSPECTOR GENERAL\nAUDIT WORKPAPER        "
       "Prepared: November 14, 2011\n\nSTATEMENTS TESTED\n\nNo. Date        Source\n--- "
       "----------  ------\n 1  09/15/2009  ERO Denver letter to a Colorado sheriff   T X\n       "
       "         \"Your county may opt out of Secure Communities.\"\n",
       "Page 2 of 2\n\nWe found that no county could in fact opt out of Secure Communities.\n"});
  EXPECT_EQ(optout_attributions(pages), (std::vector<std::pair<std::string, std::string>>{
                                            {"ICE ERO", "2009-09-15"}, {"DHS OIG", "2011-11-14"}}));
}

// Notes of what was said: a quotation under an indented label of its own speaks for the label's
// agency, or for nobody the tags can name; below the quotations the document's author speaks
// again. An attachment under a spaced rule is dated by its "Prepared by:" line, not the event's.
TEST(StanceTagger, ReadsLabelledQuotations) {
  const auto pages = testing::tag_pages(
      {"From:   (b)(6)\nSent:   Thursday, October 28, 2010 3:12 PM\nSubject:   AAR\n\nHere is "
       "our review.\n\n(b)(6)\nUndersheriff\nVellamy County Sheriff's Office\n"
       "- - - - - - - - - - - - - - - - - - - - - -\n\n      VELLAMY COUNTY SHERIFF'S OFFICE\n"
       "      AFTER-ACTION REVIEW\n\nEvent:          Forum on Secure Communities\n"
       "Date/location:  October 14, 2010, Grange Hall\nPrepared by:    Lt. (b)(6)      Date: "
       "10/22/2010\n\nPanelists: ICE ERO and the Oregon State Police (OSP).\n",
       "5. KEY STATEMENTS\n\n   OSP CJIS manager:\n     \"We send every set of prints. We have "
       "no means of holding back one county's submissions from Secure Communities.\"\n\n"
       "   Speaker from the floor (no card):\n     \"Can the county opt out of this?\"\n\n"
       "6. IMPROVE\n   The Sheriff will say that the county cannot opt out of Secure "
       "Communities.\n"});
  EXPECT_EQ(optout_attributions(pages), (std::vector<std::pair<std::string, std::string>>{
                                            {"Oregon State Police", "2010-10-22"},
                                            {"", "2010-10-22"},
                                            {"Vellamy County Sheriff's Office", "2010-10-22"}}));
  // The author's own text at the label's indent ends the quotation; a label on a page's last
  // line, with no line after it, labels nothing.
  const auto indented = testing::tag_text(
      "U.S. Immigration and Customs Enforcement\nJune 2, 2011\n\n    Section 2 of the MOA "
      "provides:\n        \"The County may terminate this agreement.\"\n    In our view no "
      "county can opt out of Secure Communities.\n\n  Summary of the MOA:");
  EXPECT_EQ(optout_attributions(indented),
            (std::vector<std::pair<std::string, std::string>>{{"ICE", "2011-06-02"}}));
  // A line that ends in a colon above no quotation labels none.
  const auto memo = testing::tag_text(
      "VELLAMY COUNTY SHERIFF'S OFFICE\nMEMORANDUM     October 22, 2010\n\nThe Oregon State "
      "Police (OSP) briefed us.\n\n   Next steps for OSP:\n     The Sheriff will tell the Board "
      "that the county cannot opt out of Secure Communities.\n");
  EXPECT_EQ(optout_attributions(memo), (std::vector<std::pair<std::string, std::string>>{
                                           {"Vellamy County Sheriff's Office", "2010-10-22"}}));
}

// A Q&A export: the asker's "Org:" speaks for what follows, blank for nobody; an answer's "By:"
// column for its answerer, an agency or nobody; a signature's "By:" at its line's start is no
// such field.
TEST(StanceTagger, ReadsAQuestionAndAnswerExport) {
  const auto tags = testing::tag_text(
      "Q&A POD EXPORT\nMeeting: Secure Communities webinar\nDate: 08/19/2010\n\n"
      "Q2  10:24 AM  From: (b)(6)   Org: Redbud County Sheriff's Office\n"
      "    Q:   If our commissioners vote not to participate in Secure Communities, will you "
      "respect that?\n"
      "    Status: Answered (text)   By: (b)(6) (HQ Program Office)\n"
      "    A:   Yes. A written request to opt out is enough.\n\n"
      "Q3  10:31 AM  From: (b)(6)   Org:\n    Q:   can a city stay out of Secure Communities?\n"
      "    Status: Answered (text)   By: (b)(6) (ERO Dallas)\n"
      "    A:   No. A city cannot opt out of Secure Communities.\n");
  EXPECT_EQ(optout_attributions(tags), (std::vector<std::pair<std::string, std::string>>{
                                           {"Redbud County Sheriff's Office", "2010-08-19"},
                                           {"", "2010-08-19"},
                                           {"", "2010-08-19"},
                                           {"ICE ERO", "2010-08-19"}}));
  // A letter's "Organization:" is no attendee's field.
  const auto letter = testing::tag_text(
      "U.S. Immigration and Customs Enforcement\nJune 2, 2011\n\nRequester: (b)(6)\n"
      "Organization: Center for Constitutional Rights\n\nNo county may opt out of Secure "
      "Communities.\n");
  EXPECT_EQ(optout_attributions(letter),
            (std::vector<std::pair<std::string, std::string>>{{"ICE", "2011-06-02"}}));
  const auto filing = testing::tag_pages(
      {"PRUITT COUNTY SHERIFF'S OFFICE\nANSWERS TO INTERROGATORIES     January 12, 2012\n\n"
       "The Sheriff could not opt out of Secure Communities.\n\nBy: /s/ (b)(6), Deputy County "
       "Attorney, Pruitt County Attorney's Office\n",
       "The Sheriff never asked to opt out of Secure Communities.\n"});
  EXPECT_EQ(optout_attributions(filing), (std::vector<std::pair<std::string, std::string>>{
                                             {"Pruitt County Sheriff's Office", "2012-01-12"},
                                             {"Pruitt County Sheriff's Office", "2012-01-12"}}));
}

// A list of sources: each entry's annotation is its author's (an agency by name or by an
// official's title, else nobody), on the date the entry cites; numbered paragraphs are no list.
TEST(StanceTagger, ReadsAListOfSources) {
  const auto pages = testing::tag_pages(
      {"LEGISLATIVE SERVICES OFFICE\nAN ANNOTATED BIBLIOGRAPHY\n\nMarch 2, 2011\n\n"
       "1.  U.S. Immigration and Customs Enforcement. \"Fact Sheet.\" Washington,\n"
       "    September 2009. 2 pp.\n    Says that each county may opt out of Secure Communities.\n\n"
       "2.  Federal Bureau of Investigation, Criminal Justice Information Services Division.\n"
       "    \"Status Report.\" April 2010.\n    Does not discuss local participation.\n\n"
       "3.  Secretary of Homeland Security. Letter to a Member, September 7, 2010.\n"
       "    Says that no county can opt out of Secure Communities.\n",
       "4.  Snake River Immigrant Rights Project. \"What Local Leaders Should Know.\" December "
       "2010.\n    Argues that a county can opt out of Secure Communities by resolution.\n\n"
       "5.  U.S. Immigration and Customs Enforcement, Secure Communities program office. Letter "
       "to the State, January 4, 2011.\n    Advises that no county can opt out of Secure "
       "Communities.\n\n"
       "Items not included: blogs. We take no position on whether a county can opt out of Secure "
       "Communities.\n"});
  EXPECT_EQ(optout_attributions(pages),
            (std::vector<std::pair<std::string, std::string>>{{"ICE", "2009-09"},
                                                              {"DHS", "2010-09-07"},
                                                              {"", "2010-12"},
                                                              {"ICE", "2011-01-04"},
                                                              {"", "2011-03-02"}}));
  // A list ends with its page unless the next page goes on with its numbers; a number set right
  // (" 1.") opens an entry; an entry is dated by what it cites, not by the next entry (a bare
  // "2009." is no date: the document's holds).
  const auto report = testing::tag_pages(
      {"DHS OFFICE OF INSPECTOR GENERAL\nREVIEW OF SECURE COMMUNITIES\n\nMarch 2, 2011\n\n"
       "Documents reviewed:\n\n 1.  U.S. Immigration and Customs Enforcement. \"Fact Sheet.\" "
       "2009.\n     Says that a county may opt out of Secure Communities.\n 2.  Federal Bureau of "
       "Investigation. \"Status Report.\" April 5, 2010.\n     Does not discuss participation.\n",
       "FINDINGS\n\n1.  The counties could not opt out of Secure Communities.\n"});
  EXPECT_EQ(optout_attributions(report), (std::vector<std::pair<std::string, std::string>>{
                                             {"ICE", "2011-03-02"}, {"DHS OIG", "2011-03-02"}}));
  const auto memo = testing::tag_text(
      "MARISOL COUNTY SHERIFF'S OFFICE\nMEMORANDUM     March 2, 2011\n\n1.  Immigration and "
      "Customs Enforcement staff met with us on March 1, 2011.\n2.  Federal Bureau of "
      "Investigation staff joined by phone.\n3.  Our view: the county cannot opt out of Secure "
      "Communities.\n");
  EXPECT_EQ(optout_attributions(memo), (std::vector<std::pair<std::string, std::string>>{
                                           {"Marisol County Sheriff's Office", "2011-03-02"}}));
}

// A coded excerpt speaks for the agency its attribution names, else for nobody, on the
// excerpt's date; a photo's attribution on a dated line is no excerpt.
TEST(StanceTagger, ReadsAnExcerptsAttribution) {
  const auto tags = testing::tag_text(
      "CENTER FOR PUBLIC SAFETY RESEARCH\nStudy 11-207 - CODED EXCERPTS              v3, March 5, "
      "2012\n\nExc. 04   R-03   Interview 01/17/2012   Attributed: Sheriff, Quenemo County "
      "Sheriff's Office\n          Codes: DISC-LOC\n          \"Now this county can't opt out of "
      "Secure Communities.\"\n\nExc. 07   R-07   Interview 01/24/2012   Role only: county "
      "commissioner\n          Codes: UNKNOWN\n          \"I couldn't tell you whether we could "
      "opt out of Secure Communities.\"\n");
  EXPECT_EQ(optout_attributions(tags),
            (std::vector<std::pair<std::string, std::string>>{
                {"Quenemo County Sheriff's Office", "2012-01-17"}, {"", "2012-01-24"}}));
  const auto release = testing::tag_text(
      "U.S. Immigration and Customs Enforcement\nNEWS RELEASE\n\nMarch 4, 2011  Photo "
      "attribution: staff photographer\n\nICE said that no county may opt out of Secure "
      "Communities.\n");
  EXPECT_EQ(optout_attributions(release),
            (std::vector<std::pair<std::string, std::string>>{{"ICE", "2011-03-04"}}));
}

// An untitled attachment names its author on a "Prepared by" line, or who answers in it on a
// hearing's "Witness:" line; a revision date in its title block is its own over a meeting's
// date above it.
TEST(StanceTagger, DatesAFormByItsSubmission) {
  // A form's "Submitted:" date is when it was written; a later "Effective:" on it is not.
  const auto tags = testing::tag_text(
      "U.S. Immigration and Customs Enforcement - Office of Human Capital\nEXIT SURVEY\n\n"
      "  Response ID:  ES-11-0217        Submitted:   02/15/2011 21:14\n"
      "  Separation:   Resignation       Effective:   02/26/2011\n\n"
      "  I told them that they could opt out of Secure Communities in writing.");
  EXPECT_EQ(optout_attributions(tags),
            (std::vector<std::pair<std::string, std::string>>{{"ICE", "2011-02-15"}}));
}

TEST(StanceTagger, ReadsAnUntitledAttachmentsAuthorAndRevisionDate) {
  const std::string message = "From: (b)(6)\nSent: Friday, January 21, 2011 3:47 PM\nTo: Board\n"
                              "Subject: items\n\nAttached.\n\n" +
                              std::string(60, '-');
  EXPECT_EQ(
      optout_attributions(testing::tag_text(
          message + "\n\nOKLAHOMA ADVISORY BOARD\nACTION ITEM LIST\nMeeting of December 9, "
                    "2010\nRev. 1/21/11. Prepared by the OSBI CJIS Unit.\n\nOSBI will not seek to "
                    "exclude any county from Secure Communities.\n")),
      (std::vector<std::pair<std::string, std::string>>{
          {"Oklahoma State Bureau of Investigation", "2011-01-21"}}));
  EXPECT_EQ(
      optout_attributions(testing::tag_text(
          message + "\n\nQuestion for the Record\nHearing:  Oversight\nWitness:  Deputy Director, "
                    "U.S. Immigration and Customs Enforcement\n\nResponse:\nICE will not remove a "
                    "county from Secure Communities at the request of its sheriff.\n")),
      (std::vector<std::pair<std::string, std::string>>{{"ICE", "2011-01-21"}}));
}

// Each line of a message export opens with its date and time: a message of its own, dated so,
// full stop or not.
TEST(StanceTagger, ReadsEachMessageOfAnExportOnItsOwn) {
  const auto tags = testing::tag_text(
      "Secure Communities texts\n\nThread: Brantley <-> Okafor\n\n05/16/2011 07:53 AM   "
      "Brantley:  Can we still opt out of it\n05/16/2011 08:40 AM   Okafor:    No county can opt "
      "out of Secure Communities\n05/17/2011 06:15 PM   Brantley:  ok\n");
  EXPECT_EQ(testing::values_of(tags, "optout"),
            (std::vector<std::string>{"unclear", "unavailable"}));
  const auto attributions = optout_attributions(tags);
  ASSERT_EQ(attributions.size(), 2u);
  EXPECT_EQ(attributions[0].second, "2011-05-16");
  EXPECT_EQ(attributions[1].second, "2011-05-16");
}

// A later page that opens with an agency's letterhead and a date line is that agency's letter,
// its memo header's From: naming no agency included.
TEST(StanceTagger, GivesALaterPagesLetterheadItsLetter) {
  const auto tags = testing::tag_pages(
      {"KESSLER COUNTY DEPUTY SHERIFFS' ASSOCIATION\n\nGRIEVANCE FORM\n\nThe Association asks "
       "that the county opt out of Secure Communities.",
       "KESSLER COUNTY SHERIFF'S OFFICE\nOffice of the Undersheriff\n\nMay 2, 2011\n\nTO:    "
       "President, Deputy Sheriffs' Association\nFROM:  (b)(6), Undersheriff\nRE:    Step 2 "
       "Response\n\nThe county cannot opt out of Secure Communities."});
  const auto attributions = optout_attributions(tags);
  EXPECT_EQ(attributions, (std::vector<std::pair<std::string, std::string>>{
                              {"", ""}, {"Kessler County Sheriff's Office", "2011-05-02"}}));
}

TEST(StanceTagger, GivesAForwardedMessageToItsOwnSender) {
  // The forwarded message's sender names no agency: the agency its sentence is about speaks,
  // not the thread's first author. A quoted reply ("> From:") is a message of its own.
  const auto tags = testing::tag_text(
      "From: Ray Moss <rmoss@ice.dhs.gov>\nSent: Wednesday, June 8, 2011 9:15 AM\nTo: Team\n"
      "Subject: FW: question\n\nNo county is able to opt out.\n\n"
      "---------- Forwarded message ----------\nFrom: Kim Ng <kng@example.org>\n"
      "Sent: Tuesday, June 7, 2011 5:02 PM\nTo: Ray Moss\nSubject: question\n\n"
      "The Lane County Sheriff's Office thinks a county may opt out of Secure Communities.\n\n"
      "> From: Paul Kessler <pk@doj.ca.gov>\n> Sent: Monday, June 6, 2011 8:00 AM\n"
      "> Subject: question\n>\n> Is there a way for a county to opt out?\n");
  std::vector<std::string> speakers;
  for (const auto& tag : tags) {
    if (tag.kind == "optout" && tag.text.find("Subject") == std::string::npos) {
      speakers.push_back(tag.extra["agency"].is_null() ? ""
                                                       : tag.extra["agency"].get<std::string>());
    }
  }
  EXPECT_EQ(speakers, (std::vector<std::string>{"ICE", "Lane County Sheriff's Office",
                                                "California Department of Justice"}));
}

TEST(StanceTagger, IgnoresRemovalFromAProgramItDoesNotName) {
  // A 287(g) agreement's "removed from participation" is about an officer, not a jurisdiction.
  EXPECT_TRUE(
      testing::tag_values("An individual may be removed from participation in the activities "
                          "covered under the MOA.",
                          "optout")
          .empty());
}

TEST(StanceTagger, PrefersTheOfficeOverItsDepartmentInALetterhead) {
  const auto tags = testing::tag_text(
      "U.S. Immigration and Customs Enforcement\nU.S. Department of Homeland "
      "Security\n\nAugust 17, 2010\n\nParticipation in Secure Communities is voluntary.");
  const auto stance =
      std::find_if(tags.begin(), tags.end(), [](const auto& tag) { return tag.kind == "optout"; });
  ASSERT_NE(stance, tags.end());
  EXPECT_EQ(stance->extra["agency"], "ICE");
}

TEST(StanceTagger, StopsTheLetterheadAtTheDateLine) {
  // The inside address after the date names the addressee, not the author.
  const auto tags = testing::tag_text(
      "Board of Supervisors\nCounty of Santa Clara\n\n28 September 2010\n\n"
      "U.S. Immigration and Customs Enforcement\n\nRe: Request to opt out of Secure "
      "Communities");
  const auto stance =
      std::find_if(tags.begin(), tags.end(), [](const auto& tag) { return tag.kind == "optout"; });
  ASSERT_NE(stance, tags.end());
  EXPECT_EQ(stance->value, "unclear");
  EXPECT_EQ(stance->extra["agency"], "Santa Clara County Board of Supervisors");
}

TEST(StanceTagger, TakesTheSpeakerFromPositionOf) {
  const auto tags =
      testing::tag_text("Sent: Tuesday, October 5, 2010 9:41 AM\nTo: All\nSubject: RE: request\n\n"
                        "After the meeting with DHS leadership, the position of ICE is settled: "
                        "requests to opt out will not be granted.");
  const auto stance =
      std::find_if(tags.begin(), tags.end(), [](const auto& tag) { return tag.kind == "optout"; });
  ASSERT_NE(stance, tags.end());
  EXPECT_EQ(stance->value, "unavailable");
  EXPECT_EQ(stance->extra["agency"], "ICE");
  EXPECT_EQ(stance->extra["date"], "2010-10-05");
}

TEST(StanceTagger, GivesATranscriptsTurnsToTheirSpeakers) {
  // A witness's heading names the agency (its last); a questioner no heading named speaks for no
  // agency unless the question is about one; a turn goes on onto the next page.
  const auto tags = testing::tag_pages(
      {"HEARING ON SECURE COMMUNITIES\n\nMay 4, 2011\n\nSTATEMENT OF JANE ROE, ASSISTANT "
       "DIRECTOR,\nU.S. IMMIGRATION AND CUSTOMS ENFORCEMENT\n\nMs. ROE. Thank you. No county "
       "may opt out of Secure Communities.\n\nMr. PAYNE. Can a town in my state opt out of "
       "Secure Communities?\n\nMr. PAYNE. Why did the FBI say a town could opt out of Secure "
       "Communities?\n\nMs. ROE. We never told any county",
       "that it could opt out of Secure Communities.\n\nSTATEMENT OF JOHN DOE, SHERIFF, "
       "CIVIL DIVISION, MARISOL COUNTY SHERIFF'S OFFICE\n\nSheriff DOE. Our county could not opt "
       "out of Secure "
       "Communities."});
  const std::vector<std::string> speakers = optout_speakers(tags);
  EXPECT_EQ(speakers,
            (std::vector<std::string>{"ICE", "", "FBI", "ICE", "Marisol County Sheriff's Office"}));
}

// A transcript's speaker labels in capitals: an agency's ("ICE PANELIST:") or a sheriff's by
// title speaks, or the agency's own office the sentence names ("Nobody at CJIS ...").
TEST(StanceTagger, GivesALabelledTranscriptsTurnsToTheirSpeakers) {
  const auto tags = testing::tag_text(
      "JAIL ADMINISTRATORS CONFERENCE\nTranscript of breakout session 4B\n\nPANELISTS: ICE; "
      "Sheriff, Braddock County Sheriff's Office\n\nICE PANELIST: No county can opt out of "
      "Secure Communities.\n\nSHERIFF: I wrote that we would rather not take part in Secure "
      "Communities.\n\nFBI PANELIST: Our piece is narrow. Nobody at the CJIS Division has a way to "
      "leave one "
      "county out of Secure Communities.\n");
  EXPECT_EQ(optout_speakers(tags), (std::vector<std::string>{"ICE",
                                                             "Braddock County Sheriff's "
                                                             "Office",
                                                             "FBI CJIS"}));
}

// A news transcript: timecodes before the labels, affiliations after a comma, cues in
// parentheses; an on-screen caption continues the turn; a report's client is no author.
TEST(StanceTagger, GivesATimecodedTranscriptsTurnsToTheirSpeakers) {
  const auto tags = testing::tag_text(
      "CAPITOL MEDIA MONITORING\nTranscript Order 44127\nPrepared for:  ICE Office of Public "
      "Affairs\n\n[18:02:10] DANA RICH (ANCHOR): Good evening. Can Tolliver County pull out of "
      "Secure Communities?\n[18:02:36] SGT. ANNE FARLEY, TOLLIVER COUNTY SHERIFF'S OFFICE (SOT): "
      "There's no on-off switch.\n           CHYRON: SHERIFF'S OFFICE: NO 'OFF SWITCH'\n"
      "[18:03:03] OBREGON (ON CAMERA): In a statement, ICE told 13 News that Secure Communities "
      "is not a program that individual jurisdictions opt into or out of.\n");
  EXPECT_EQ(optout_speakers(tags),
            (std::vector<std::string>{"", "Tolliver County Sheriff's Office",
                                      "Tolliver County Sheriff's Office", "ICE"}));
}

// Realtime captions: ">>" changes speaker, labelled or not; a speaker who introduces himself
// with his agency speaks for it.
TEST(StanceTagger, GivesACaptionFeedsTurnsToTheirSpeakers) {
  const auto tags = testing::tag_text(
      "UNEDITED REALTIME CAPTIONS - not a verbatim transcript\n\n>> CHAIRMAN HOLLISTER: ITEM 7 "
      "IS SECURE COMMUNITIES.\n>> CHIEF DEPUTY STANEK: THANK YOU, MEMBERS. ROB STANEK, CHIEF "
      "DEPUTY, TAMBER COUNTY SHERIFF'S OFFICE.\nTHERE IS NO WAY FOR THE COUNTY TO OPT OUT OF "
      "SECURE COMMUNITIES.\n>> MY NAME IS DOLORES AVILA. I THINK THE COUNTY CAN OPT OUT OF SECURE "
      "COMMUNITIES.\n");
  EXPECT_EQ(optout_speakers(tags),
            (std::vector<std::string>{"Tamber County Sheriff's Office", ""}));
  // An introduction may open the unlabelled turn; a third party named in a sentence that goes
  // on introduces nobody; a turn's ">>" ends the sentence before it.
  const std::string header = "Secure Communities hearing transcript\n\nCHAIR OKAFOR: We will "
                             "begin.\nMEMBER LEE: Thank you.\n\n";
  EXPECT_EQ(optout_speakers(testing::tag_text(
                header + ">> ROB STANEK, WEXLEY COUNTY SHERIFF'S OFFICE. WE DO NOT WANT TO "
                         "PARTICIPATE IN SECURE COMMUNITIES AND WE WILL OPT OUT.\n")),
            (std::vector<std::string>{"Wexley County Sheriff's Office"}));
  EXPECT_EQ(optout_speakers(testing::tag_text(
                header + "MEMBER KIM: THANK YOU. DIRECTOR ANN WU, ICE, WROTE TO US LAST WEEK. I "
                         "BELIEVE THE COUNTY CAN OPT OUT OF SECURE COMMUNITIES.\n")),
            (std::vector<std::string>{""}));
  EXPECT_EQ(optout_speakers(testing::tag_text(
                header + ">> THANK YOU. ROB STANEK, WEXLEY COUNTY SHERIFF'S OFFICE. WE HAVE NO "
                         "POSITION TONIGHT.\n>> OUR COUNTY WILL OPT OUT OF SECURE COMMUNITIES.\n")),
            (std::vector<std::string>{""}));
}

TEST(StanceTagger, GivesADepositionsAnswersToTheWitness) {
  // "A." turns are the witness's, whose agency the first answer naming one gives; "Q." turns
  // are the examiner's: nobody, unless the question is about an agency.
  const auto tags = testing::tag_pages(
      {"UNITED STATES DISTRICT COURT\n\n 6   DEPOSITION OF JANE ROE\n 7   June 14, 2011\n"
       "15     Q.  By whom are you employed?\n16     A.  U.S. Immigration and Customs "
       "Enforcement.\n17     Q.  Could a county opt out of Secure Communities?\n18     A.  No "
       "county could opt out.",
       " 1     Q.  Did ICE ever let a county opt out of Secure Communities?\n 2     A.  There "
       "was never a way for a county to opt out."});
  const std::vector<std::string> speakers = optout_speakers(tags);
  EXPECT_EQ(speakers, (std::vector<std::string>{"", "ICE", "ICE", "ICE"}));
  // A line number before a year that goes on with the answer ends no sentence.
  const auto year = optout_texts(testing::tag_text(
      "DEPOSITION OF JOHN SMITH\n\n19     A.  The Tamber County Sheriff's Office decided in\n20  "
      "   2011 that it will opt out of Secure Communities.\n"));
  ASSERT_EQ(year.size(), 1u);
  EXPECT_TRUE(year[0].starts_with("19     A.")) << year[0];
}

struct PageDateCase {
  std::vector<std::string> pages;
  std::vector<std::string> dates; ///< of the opt-out statements, in order
};

// When a document's statements were made, page by page.
const PageDateCase k_page_date_cases[] = {
    // A later page that is a revised version with its own date line.
    {{"COUNTY BRIEFING NOTES\nDraft 1   Prepared 03/02/2011\n\nA county may opt out of Secure "
      "Communities.",
      "COUNTY BRIEFING NOTES\nDraft 2   Updated 5/20/11   replaces the draft above\n\nNo "
      "county may opt out of Secure Communities."},
     {"2011-03-02", "2011-05-20"}},
    // A date alone on one of a later page's top lines.
    {{"Notes for the sheriff\nJanuary 5, 2011\n\nCounties can opt out of Secure Communities.",
      "Notes, continued\nFebruary 9, 2011\n\nCounties cannot opt out of Secure Communities."},
     {"2011-01-05", "2011-02-09"}},
    // An ordinance dated only by its enactment line on its last page: the recital's date on
    // the first page is another event's; the enactment, read ahead, dates every page.
    {{"ORDINANCE 12\n\nWHEREAS, the state joined Secure Communities on May 1, 2009; and\n\n"
      "WHEREAS, the county cannot opt out of Secure Communities; and",
      "NOW THEREFORE the Board asks to opt out of Secure Communities.\n\nAPPROVED AND ADOPTED "
      "this 12th day of April, 2011."},
     {"2011-04-12", "2011-04-12"}},
    // A newspaper's page is dated by its masthead, the date in a column of its top line.
    {{"THE LEDGER            Saturday, April 9, 2011            A6\n\nThe county may opt out "
      "of Secure Communities.",
      "THE LEDGER            Thursday, April 14, 2011            A11\nLETTERS\n\nThe county "
      "cannot opt out of Secure Communities."},
     {"2011-04-09", "2011-04-14"}},
    // An affidavit is dated by its jurat, read ahead, not by the first date its paragraphs tell.
    {{"AFFIDAVIT OF UNDERSHERIFF ALMA R. QUINTANA\n\n1. I have been the Undersheriff since "
      "January 1, 2009.\n\n2. The county cannot opt out of Secure Communities.",
      "3. The Sheriff asked to opt out of Secure Communities.\n\nSUBSCRIBED AND SWORN to before "
      "me this 24th day of June, 2011, by Alma R. Quintana."},
     {"2011-06-24", "2011-06-24"}},
    // A page that says when it was published or last modified is dated so, whatever its print
    // header says.
    {{"6/20/2012                    Sheriff FAQ - Pardee County\n\nCan the county opt out of "
      "Secure "
      "Communities? No county can opt out.\n\nLast modified: 06/14/2012"},
     {"2012-06-14", "2012-06-14"}},
    // ... on a later page too: read ahead, it dates the first.
    {{"6/20/2012                    Sheriff FAQ - Pardee County\n\nNo county can opt out of "
      "Secure Communities.",
      "6/20/2012                    Sheriff FAQ - Pardee County\n\nCounties cannot opt out of "
      "Secure Communities.\n\nLast modified: 06/14/2012"},
     {"2012-06-14", "2012-06-14"}},
    // A receipt stamp's date and a clipping service's banner are not the document's own.
    {{"OFFICE OF THE COUNTY EXECUTIVE\n\n          RECEIVED\n          OCT 22 2010\n\n"
      "          October 18, 2010\n\nA county may opt out of Secure Communities."},
     {"2010-10-18"}},
    {{"ICE Office of Public Affairs -- Daily Media Clips      Wednesday, 03/16/2011\n\nTHE "
      "HERALD                      Tuesday, March 15, 2011\n\nICE said no county can opt out of "
      "Secure Communities."},
     {"2011-03-15"}},
    // A court filing is dated by its filing, not by the letter it tells of; "Date Filed:" on a
    // grievance form likewise.
    {{"Case 1:11-cv-02207-JGK    Document 41    Filed 03/09/12    Page 4 of 31\n\n"
      "STATEMENT OF FACTS\n\n3. In a letter of September 7, 2010, the Secretary wrote that a "
      "county may opt out of Secure Communities."},
     {"2012-03-09"}},
    {{"STEP 1 GRIEVANCE\nGrievance No.: 11-07       Date Filed: 04/18/2011\n\nOn April 4, "
      "2011, the Undersheriff said the county cannot opt out of Secure Communities."},
     {"2011-04-18"}},
    // An archived conversation is dated by its start, not its export.
    {{"Archived Instant Message Conversation\nExport generated 12/14/2011 4:20 PM\n\nStart:  "
      "10/21/2010 9:02 AM\n\n[9:03 AM] sc.outreach4: a county can opt out of Secure "
      "Communities",
      "Archived Instant Message Conversation\nExport generated 12/14/2011 4:20 PM\n\nStart:  "
      "01/11/2011 2:47 PM\n\n[2:47 PM] ero.sf: no county can opt out of Secure Communities"},
     {"2010-10-21", "2011-01-11"}},
    // A routing slip's numbered comments are dated by the day that opens them.
    {{"ROUTING SLIP\nIncoming dated: 05/23/2011\n\n[1] 5/26 ExecSec -- Counties cannot opt out "
      "of Secure Communities.\n[4] 6/3 OSLTC -- We told the state that towns could opt out of "
      "Secure Communities."},
     {"2011-05-26", "2011-06-03"}},
    // A later page's "Last updated" date under a letterhead and a title.
    {{"U.S. Immigration and Customs Enforcement\n\nSECURE COMMUNITIES\nFREQUENTLY ASKED "
      "QUESTIONS\nRevision 3 -- Last updated 08/31/2010\n\nA county can opt out of Secure "
      "Communities.",
      "U.S. Immigration and Customs Enforcement\n\nSECURE COMMUNITIES\nFREQUENTLY ASKED "
      "QUESTIONS\nRevision 4 -- Last updated 10/29/2010\n\nNo county can opt out of Secure "
      "Communities."},
     {"2010-08-31", "2010-10-29"}},
    // A line that only goes on with the sentence before it ("..., / dated February 3, 2011")
    // is no enactment line: the declaration's execution line dates it.
    {{"DECLARATION\n\nPlaintiffs asked for records under 5 U.S.C. 552,\ndated February 3, "
      "2011. No county can opt out of Secure Communities.",
      "Executed on the 9th day of January, 2012."},
     {"2012-01-09"}},
    // A weekly report's entries are dated by the date that opens their line; "On October 26,
    // 2010, the Board ..." tells of an event, the report still speaks on its own date.
    {{"WEEKLY ACTIVITY REPORT\nMarch 18, 2011\n\n- March 14, 2011: The Sheriff asked whether the "
      "county could opt out of Secure Communities.\n- Wed. March 16, 2011: No county can opt out "
      "of "
      "Secure Communities.\n\nOn March 10, 2011, the Board said a county could opt out of Secure "
      "Communities."},
     {"2011-03-14", "2011-03-16", "2011-03-18"}},
    // A recital naming another letter's date at a line's start is no enactment line; a later
    // page's date mid-paragraph is no date line.
    {{"Memo\nMarch 1, 2011\n\nThe county cannot opt out of Secure Communities.",
      "in a letter dated June 14, 2011 the county asked to opt out of Secure Communities,\nand "
      "counties cannot opt out of Secure Communities according to the letter of April 2, 2011 "
      "that ICE sent."},
     {"2011-03-01", "2011-03-01"}},
    // A first page dated only as a draft: "Draft of" dates it, not the hearing it prepares.
    {{"OFFICE OF STATE AND LOCAL COORDINATION\nTalking points for the Director\nHearing: "
      "Thursday, June 9, 2011, Room 2237\nDraft of 05/31/2011\n\nNo county may opt out of "
      "Secure Communities."},
     {"2011-05-31"}},
    // An agreement dated only by its signatures takes effect on the later one.
    {{"AGREEMENT\n\nA jurisdiction may not withdraw from Secure Communities.",
      "SIGNED:\n\n______________          ______________\nDirector           Commissioner\n"
      "Date: 7/12/2010                Date: August 2, 2010"},
     {"2010-08-02"}},
    // A later page whose title line ends with its own date is another document than the email
    // that the page before began.
    {{"From: Ames, Jo\nSent: Monday, May 2, 2011 9:00 AM\nSubject: call\n\nCan a county opt out "
      "of Secure Communities?",
      "NOTES OF THE CALL WITH THE COUNTY, 05/05/2011\n\nNo county can opt out of Secure "
      "Communities."},
     {"2011-05-02", "2011-05-05"}},
    // A log's numbered entries, set off by spaces, take the date that opens them, on their
    // later lines too.
    {{"VOICEMAIL LOG\nWeek of October 18, 2010\n\n1  Mon 10/18/2010 7:52a   resident\n   Msg: "
      "can the county opt out of Secure Communities?\n\n2  Tue 10/19/2010 9:30a   ICE\n   Msg: "
      "the county cannot opt out of Secure Communities."},
     {"2010-10-18", "2010-10-19"}},
    // A docket's numbered rows, each its own sentence and dated by its Filed date.
    {{"DOCKET SHEET\n\nDoc  Filed       Description                          Filed By\n"
      "2    06/14/2011  VERIFIED PETITION - seeks an order to   Petitioner\n"
      "                 transmit a resolution requesting that the County be excluded\n"
      "                 from Secure Communities\n"
      "6    07/08/2011  VERIFIED ANSWER - respondents assert    Respondents\n"
      "                 that no county can opt out of Secure Communities\n"},
     {"2011-06-14", "2011-07-08"}},
    // A court's minutes and order, dated by the line under "Dated:"; a filing's date at the
    // end of a wrapped table cell ("dated 06/22/2011)") is no date line.
    {{"DOCKET SHEET                                          Printed: 10/03/2011\n\n"
      "Doc  Filed       Description\n"
      "7    07/08/2011  AFFIDAVIT, w/ Exhibit A (letter of the Field Office Director,\n"
      "                 dated 06/22/2011)\n",
      "CLERK'S MINUTES\n\nCounsel argues that the Sheriff could not take the County out of "
      "Secure Communities.\n\nDated: Hadley Falls, New York\n       September 8, 2011"},
     {"2011-09-08"}},
    // A register's rows: an identifier and a type before the row's date, a response dated by
    // its own label, a sentence run on from the page's running head into a row.
    {{"RAID LOG\nStatus date: 03/31/2011\n\nID     Type   Opened       Area\n"
      "-----  -----  -----------  -----------\n"
      "R-04   Risk   06/15/2009   Deployment\n"
      "  Description: A jurisdiction that declines to participate may be deferred\n"
      "    from activation.\n"
      "  Response (10/15/2010): Superseded.\n"
      "    Message: no county can opt out of Secure Communities.\n",
      "RAID LOG v14 - status date 03/31/2011    p. 2\n-----  -----  -----------\n"
      "I-03   Issue  01/18/2011   Technical\n"
      "  Description: PSP asked whether a county can opt out at the state level.\n"},
     {"2009-06-15", "2010-10-15", "2011-01-18"}},
    // A handbook page in a fax, dated by its revision to the month, not by the fax's line.
    {{"MAR-04-2011 15:22    FROM: CULLODEN CO SO JAIL    TO: ICE ERO ATL\n\n"
      "CULLODEN COUNTY SHERIFF'S OFFICE\nInmate Handbook  -  Rev. 07/2010\n\nThe jail cannot "
      "opt out of Secure Communities. CSB-10-087 (issued August 2010) said a county may opt out."},
     {"2010-07", "2010-07"}},
    // A pamphlet printed by order of its publisher is dated so, not by the resolution an
    // excerpt on a later page enacted; a form's sections by the dates in their headings'
    // labelled columns.
    {{"SAMPLE BALLOT AND VOTER INFORMATION PAMPHLET          TUESDAY, JUNE 5, 2012\n"
      "Printed by order of the Board of Supervisors, April 12, 2012\n\nICE says a county "
      "could decline Secure Communities by writing.",
      "RESOLUTION NO. 2012-044 (excerpt)\n\nPASSED AND ADOPTED this 14th day of February, "
      "2012."},
     {"2012-04-12"}},
    {{"EMPLOYEE PERFORMANCE APPRAISAL -- FY 2011        FORM ICE-P-930 (Rev. 05/2009)\n\n"
      "Employee:  (b)(6)\nOrganization:  ERO Seattle\n\nPART III -- SELF-ASSESSMENT        "
      "Date submitted: 10/07/2011\n\nI explained that no county could opt out of Secure "
      "Communities.\n\nPART IV -- RATING OFFICIAL'S NARRATIVE        Date: 10/21/2011\n\nShe "
      "told counties they cannot opt out of Secure Communities."},
     {"2011-10-07", "2011-10-21"}},
    // A label's "Page last updated:" dates the page; a print stamp's "Printed by" does not.
    {{"January 5, 2013\nSecure Communities: Frequently Asked Questions\n\nA county cannot opt "
      "out of Secure Communities.\n\nPage last updated: March 3, 2011\n"},
     {"2011-03-03"}},
    {{"Printed by jdoe, 10/03/2012\n\nMEMORANDUM\n\nMarch 3, 2011\n\nA county cannot opt out "
      "of Secure Communities.\n"},
     {"2011-03-03"}},
    // A date ending the line under a page's title dates the page; a record of an interview is
    // dated by it, not by when it was written up; a row of labels is no section heading.
    {{"MINUTES\n\nA county cannot opt out of Secure Communities.\n",
      "OFFICE OF THE CITY CLERK - ACTION RECORD\nCITY COUNCIL - REGULAR MEETING OF APRIL 19, "
      "2011\n\nA city cannot opt out of Secure Communities.\n"},
     {"", "2011-04-19"}},
    {{"MEMORANDUM OF INTERVIEW\n\nDate of interview:   November 15, 2011, 10:00 a.m.\nPrepared "
      "by:         (b)(6)            Date prepared: 11/18/2011\n\nHe said that counties could "
      "opt out of Secure Communities.\n"},
     {"2011-11-15"}},
    // A warrant's "Given under our hands" dates its page, as an enactment line does.
    {{"From: clerk@quarrington.example\nSent: Thursday, May 10, 2012 9:12 AM\n\nCan the Town opt "
      "out of Secure Communities?\n",
      "TOWN OF QUARRINGTON\nWARRANT FOR THE ANNUAL TOWN MEETING\n\nThe Town cannot opt out of "
      "Secure Communities.\n\nGiven under our hands this 26th day of March, 2012.\n"},
     {"2012-05-10", "2012-03-26"}},
    // A fax's transmission line is no date of the letter it carries.
    {{"MAR-07-2011 14:22        FROM:LASSITER CO SHERIFF 3525550140        TO:ERO MIAMI        "
      "P.1/2\n\n                    CONSULATE IN ORLANDO\n\n              Orlando, Fla., a 14 de "
      "febrero de 2011\n\nDear Sheriff:\n\nA letter says a locality may decline to take part in "
      "Secure Communities.\n"},
     {"2011-02-14"}},
    // A log's row opened by its entry number and the day it came in dates the entry.
    {{"MEDIA INQUIRY LOG\nJanuary 7, 2011\n\nMI-11-0026    Received: 10/14/2010 15:10   "
      " Outlet: The Ledger\nQuery:        Says the county withdrew from Secure Communities.\n"},
     {"2010-10-14"}},
    // A form's field for another event's date does not date its page.
    {{"BRIEFING MEMO\nJanuary 5, 2011\n\nCounties can opt out of Secure Communities.",
      "ACTIVATION RECORD\nCounty:   Verano\nDate activated:   November 9, 2010\n\nNo county "
      "may opt out of Secure Communities."},
     {"2011-01-05", "2011-01-05"}},
    // A form's labelled date field dates the page it fills; a receipt's does not.
    {{"From: counsel@ice.example\nSent: Tuesday, December 14, 2010 9:00 AM\n\nA county cannot opt "
      "out "
      "of Secure Communities.\n",
      "CUSTODIAN QUESTIONNAIRE                       Form LH-2\nCase No. 10-3488\n\nCustodian:   "
      "   (b)(6)\nOffice:           ERO Chicago\nDate returned:    December 20, 2010\n\nA "
      "sheriff could decline Secure Communities.\n",
      "CUSTODIAN QUESTIONNAIRE\nCase No. 10-3488\n\nCustodian:   (b)(6)\nOffice:    ERO "
      "Denver\nDate received:    December 21, 2010\n\nA county could opt out of Secure "
      "Communities.\n"},
     {"2010-12-14", "2010-12-20", "2010-12-14"}},
    // A heading at the left that ends with its date dates the indented text under it.
    {{"CALL SCRIPT\nFebruary 1, 2011\n\nAPPENDIX B - RETIRED TEXT\n\nAnswer 4 as issued in v1.0 "
      "(06/14/2010):\n   \"Yes. A county can opt out of Secure Communities in\n   writing.\"\n"},
     {"2010-06-14"}},
    // A line under the title that refers to a date is no title; a heading with a colon of its
    // own is still a heading.
    {{"MEMO\n\nApril 20, 2011\n\nCounties may opt out of Secure Communities.\n",
      "SECURE COMMUNITIES TALKING POINTS\nResponse to the letter of March 3, 2011\n\nThe county "
      "cannot opt out of Secure Communities.\n"},
     {"2011-04-20", "2011-04-20"}},
    {{"MEMO\nApril 20, 2011\n\nThe county cannot opt out of Secure Communities.\n\nPART III: "
      "STAFF RESPONSE      Date: 3/4/11\n\nThe county may opt out of Secure Communities.\n"},
     {"2011-04-20", "2011-03-04"}},
    // A dated label dates the lines under it, not the labels beside it.
    {{"SC RAID LOG v14\n\nR-01   Risk   01/18/2011   Deployment\n  Response (10/15/2010): "
      "Superseded.\n  Description: Tamber County asked to opt out of Secure Communities.\n"},
     {"2011-01-18"}},
    // A publication date a sentence gives another document is not the document's.
    {{"Privacy Impact Assessment Update\n\nDRAFT -- September 22, 2011\n\nThe original PIA, "
      "published April 2, 2009, stated that ICE would not activate a jurisdiction without the "
      "agreement of the local jurisdiction. A county cannot opt out of Secure Communities."},
     {"2011-09-22", "2011-09-22"}},
    // A log's days headed by a date alone at the left of its line; a ticket's work notes
    // opened by a timestamp.
    {{"DUTY OFFICER'S DAILY LOG\nWeek of Sept. 27 - Oct. 1, 2010\n\nPrepared by: SDDO\n\nMON "
      "9/27/10\n0740  Shift start.\n\nTUE 9/28/10\n0810  PMO says the county cannot opt out "
      "of Secure Communities."},
     {"2010-09-28"}},
    {{"COUNTY SERVICE DESK - Change Record\nNumber: CHG0011482\nOpened: 06/09/2011 14:27\n\n"
      "Description:\nThe Sheriff asks whether the county can opt out of Secure Communities.\n\n"
      "Work notes:\n06/10/2011 08:51  (b)(6) (Interfaces)\nReviewed. There is no setting on our "
      "side that would take the County out of Secure Communities."},
     {"2011-06-09", "2011-06-10"}},
    // A bullet's later lines take the date that opens the bullet.
    {{"WEEKLY REPORT\nMarch 18, 2011\n\n  * Tue 03/15/2011 - Dane County. The sheriff met "
      "ERO.\n    He asked whether the county could opt out of Secure Communities.\n\n  * Thu "
      "03/17/2011 - Outreach. Staff told\n    wardens that no county can opt out of Secure "
      "Communities."},
     {"2011-03-15", "2011-03-17"}},
    // A table's rows opened by an identifier and a date: an index's entries, their later
    // lines indented to the description's column.
    {{"INDEX OF RECORDS\nSeptember 12, 2011\n\nNo.    Date        Description\n"
      "VI-01  08/12/2010  Email, program analyst to the field.\n"
      "                   It reads: \"a county may opt out of\n"
      "                   Secure Communities by letter.\"\n\n"
      "VI-02  10/06/2010  Email chain.\n"
      "                   It reads: \"no county can opt out of\n"
      "                   Secure Communities.\""},
     {"2010-08-12", "2010-10-06"}},
    // A request log's rows, numbered with their year, and the dated notes under them.
    {{"CORA REQUEST LOG - CALENDAR 2011\n\nReq #    Rec'd     Requester\n"
      "-------  --------  ----------\n"
      "11-0088  02/07/11  Ledger     Any memo in which the Sheriff asked ICE\n"
      "         Notes:  02/14/11 jt  PIO statement sent: \"nothing for us\n"
      "                     to opt out of in Secure Communities.\"\n"
      "11-0142  03/29/11  BOCC       Copies of ICE letters\n"
      "         Notes:  03/31/11 jt  Produced 22 pp.\n"
      "                 04/04/11 jt  Item as posted: \"Whether the County should\n"
      "                     opt out of Secure Communities.\"\n"},
     {"2011-02-14", "2011-04-04"}},
    // A stamp's label is no note's: "Printed:" dates nothing said.
    {{"  Printed:  06/14/2012  page 2 of 3\n  Memo to the Board, March 1, 2011\n"
      "      The county may opt out of Secure Communities by sending a letter to ICE.\n"},
     {"2011-03-01"}},
    // A chronology's numbered rows, dated to the day or to the month.
    {{"PLAINTIFFS' CHRONOLOGY\n\nFiled 03/12/12\n\n No.  Date         Source   Statement\n"
      " ---  -----------  -------  ----------------\n"
      "  1   10/27/2008   Ex. 12   ICE announces the first activations.\n"
      "  2   Apr. 2009    Ex. 14   ICE, SOP: \"A county may opt out of Secure\n"
      "                            Communities.\"\n"},
     {"2009-04"}},
    // A forum's posts, each numbered and timestamped with a comma before its time.
    {{"3/9/2011          S-Comm - JailTalk Forums\n\nThread: S-Comm\n\n"
      "-----------------------------------------\n"
      "#1   10-21-2010, 07:12 PM\nsgt_booking_tx     Join Date: Mar 2007\n\n"
      "Can we opt out of Secure Communities now that it's live?\n"},
     {"2010-10-21"}},
};

// A running header is the document's title on every page, not a statement; the same line on
// one page alone is.
TEST(StanceTagger, SkipsRunningHeaders) {
  const std::vector<std::string> pages = {
      "No Way Out: Secure Communities in Kansas                14\n\nJanuary 17, 2012\n\nThe "
      "county asked whether it could opt out.",
      "No Way Out: Secure Communities in Kansas                15\n\nNo county can opt out."};
  std::vector<std::string> statements;
  for (const auto& tag : testing::tag_pages(pages)) {
    if (tag.kind == "optout") {
      statements.push_back(tag.text);
    }
  }
  EXPECT_EQ(statements, (std::vector<std::string>{"The county asked whether it could opt out.",
                                                  "No county can opt out."}));
  std::size_t alone = 0;
  for (const auto& tag : testing::tag_pages({pages.front()})) {
    alone += tag.kind == "optout" ? 1U : 0U;
  }
  EXPECT_EQ(alone, 2U);
}

TEST(StanceTagger, DatesStatementsByTheirPage) {
  for (const PageDateCase& row : k_page_date_cases) {
    std::vector<std::string> dates;
    for (const auto& tag : testing::tag_pages(row.pages)) {
      if (tag.kind == "optout") {
        dates.push_back(tag.extra["date"].is_null() ? "" : tag.extra["date"].get<std::string>());
      }
    }
    EXPECT_EQ(dates, row.dates) << row.pages.front();
  }
}

} // namespace
} // namespace foia::analyze
