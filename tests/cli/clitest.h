// SPDX-License-Identifier: GPL-3.0-or-later
// What command-line tests share: running digilevel-cli in-process, and its environment (the
// default language comes from LC_ALL, LC_MESSAGES and LANG, so a test that reads messages sets
// them).
#pragma once

#include "clicommands.h"

#include <cstdlib>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

// What one run of digilevel-cli printed and returned.
struct Run
{
    int code;
    std::string out;
    std::string err;
};

inline Run cli(const std::vector<std::string> &args)
{
    std::ostringstream out, err;
    const int code = dl::cli::run(args, out, err);
    return {code, out.str(), err.str()};
}

// The same, on the database `db`.
inline Run cli(std::vector<std::string> args, const std::string &db)
{
    args.push_back("--db");
    args.push_back(db);
    return cli(args);
}

// Sets (with nullptr unsets) an environment variable for one test.
class ScopedEnv
{
public:
    ScopedEnv(const char *name, const char *value)
        : m_name(name)
    {
        if (const char *old = std::getenv(name))
            m_old = old;
        set(value);
    }
    ~ScopedEnv() { set(m_old ? m_old->c_str() : nullptr); }
    ScopedEnv(const ScopedEnv &) = delete;
    ScopedEnv &operator=(const ScopedEnv &) = delete;

private:
    void set(const char *value)
    {
        if (value)
            ::setenv(m_name, value, 1);
        else
            ::unsetenv(m_name);
    }
    const char *m_name;
    std::optional<std::string> m_old;
};

// English messages by default, as a user whose locale is English sees them.
struct EnglishLocale
{
    ScopedEnv all{"LC_ALL", "en_US.UTF-8"};
};

// No locale set: the default language is Chinese.
struct NoLocale
{
    ScopedEnv all{"LC_ALL", nullptr}, messages{"LC_MESSAGES", nullptr}, lang{"LANG", nullptr};
};
