// SPDX-License-Identifier: GPL-3.0-or-later
// Laptops that synchronise with one team server in the sync tests: each its own SQLite file and
// clock, logged in as its own user.
#pragma once

#include "servertestsupport.h"

#include "../store/bundletestsupport.h"
#include "server/serverusers.h"
#include "server/sync.h"

#include <catch2/catch.hpp>

#include <set>
#include <string>

// A team server with an organisation per consultant group; users are made with password "pw".
struct TeamServer
{
    ScratchDatabase db;

    explicit TeamServer(const std::string &name);
    // Adds a user (its name prefixed for cleanup) and returns its connection string.
    std::string user(const std::string &name, const std::string &org, dl::ServerRole role);
    // Rows on the server, as the comparison text of everything synchronised (see content()).
    std::string content() const;
    std::string count(const std::string &table) const;
};

struct Client : Laptop
{
    std::string conninfo;

    Client(const char *tag, int hour, std::string conninfo_)
        : Laptop(tag, hour)
        , conninfo(std::move(conninfo_))
    {}
    dl::SyncReport sync();
    // Answers, audit and evidence, by uuid, as one sorted text: two databases that hold the same
    // changes give the same text.
    std::string content();
    std::int64_t assessmentByUuid(const std::string &uuid);
};

// Answers, audit, evidence (bytes checked against their SHA-256), enterprises and assessments of
// a store as one sorted text (Client::content).
std::string storeContent(dl::Store &store);
std::int64_t rowCount(dl::Store &store, const std::string &table);
// The first assessment's uuid of a store.
std::string firstAssessmentUuid(dl::Store &store);
