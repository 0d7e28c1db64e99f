// SPDX-License-Identifier: GPL-3.0-or-later
// What a push sends in bulk arrives unchanged (array parameters), and a pull does not read back
// what this database itself pushed, while it still receives every other laptop's change.
#include "synctestsupport.h"

#include "server/pgarray.h"

#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <vector>

TEST_CASE("values sent as array parameters reach PostgreSQL exactly, NULL included",
          "[server][sync]")
{
    ScratchDatabase db("pgarray");
    dl::PgConnection conn = db.admin();
    // Text that array literals must quote: separators, braces, quotes, backslashes, the word
    // NULL, white space at the ends, line breaks, Chinese, and the empty string.
    const std::vector<std::optional<std::string>> values = {"plain",
                                                            "a,b",
                                                            "{x}",
                                                            "\"quoted\"",
                                                            "back\\slash",
                                                            "NULL",
                                                            " padded ",
                                                            "tab\tnew\nline",
                                                            "数字化水平 二级",
                                                            "",
                                                            std::nullopt,
                                                            "\\\"",
                                                            "}",
                                                            "'"};
    dl::PgColumns columns(2);
    for (std::size_t i = 0; i < values.size(); ++i)
        columns.add({values[i], std::to_string(i)});
    auto r = conn.exec("SELECT v, n FROM unnest($1::text[], $2::integer[]) AS t(v, n) ORDER BY n",
                       columns.params(), "test");
    REQUIRE(r);
    REQUIRE(r->rows() == int(values.size()));
    for (int i = 0; i < r->rows(); ++i) {
        INFO("row " << i);
        CHECK(r->text(i, 1) == std::to_string(i));
        if (values[std::size_t(i)]) {
            CHECK_FALSE(r->isNull(i, 0));
            CHECK(r->text(i, 0) == *values[std::size_t(i)]);
        } else {
            CHECK(r->isNull(i, 0));
        }
    }
    auto any =
        conn.exec("SELECT count(*) FROM unnest($1::text[]) AS t(v) WHERE v = ANY($2::text[])",
                  {columns.params()[0], dl::pgArray({"a,b", "}", "'", "missing"})}, "test");
    REQUIRE(any);
    CHECK(any->text(0, 0) == "3");
}

TEST_CASE("a pull leaves out the rows this database pushed, and still receives everyone else's",
          "[server][sync]")
{
    TeamServer server("syncown");
    const std::string office = server.user("zhao", "示例咨询", dl::ServerRole::Office);
    Client a("syncown-a", 8, office);
    Client b("syncown-b", 9, office); // the same user on a second laptop
    const std::int64_t idA = fillLaptopA(a);

    const dl::SyncReport first = a.sync();
    CHECK(first.sentAnswers == 10);
    // The next sync of the same laptop reads nothing back: every row on the server is its own.
    const dl::SyncReport again = a.sync();
    CHECK(again.received.enterprisesMatched == 0);
    CHECK(again.received.assessmentsMatched == 0);
    CHECK(again.received.answersUnchanged == 0);
    CHECK(again.sentAnswers == 0);

    // The second laptop of the same user has pushed nothing: it receives everything.
    const dl::SyncReport got = b.sync();
    CHECK(got.received.assessmentsAdded == 1);
    CHECK(got.received.answersAdded == 10);
    CHECK(b.content() == a.content());

    // b's change reaches a; b's next sync reads back none of its own push.
    const std::int64_t idB = b.assessmentByUuid(firstAssessmentUuid(a.store));
    b.answer(idB, "figure", "all-units", "44", "李工");
    CHECK(b.sync().sentAnswers == 1);
    const dl::SyncReport bAgain = b.sync();
    CHECK(bAgain.received.assessmentsMatched == 0);
    const dl::SyncReport aGot = a.sync();
    CHECK(aGot.received.assessmentsMatched == 1);
    CHECK(aGot.received.answersUpdated == 1);
    CHECK(a.value(idA, "figure", "all-units") == "44");
    CHECK(a.content() == b.content());
    CHECK(server.content() == a.content());
}
