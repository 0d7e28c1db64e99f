// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/localtext.h"
#include "base/rational.h"
#include "base/result.h"

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace dl {

// An interval of exact numbers with open or closed edges, e.g. (10, 20].
struct Interval
{
    Rational low;
    Rational high;
    bool lowClosed = true;
    bool highClosed = true;

    bool contains(const Rational &x) const;
    std::string toString(bool percent = false) const; // "(10,20]" or "(10%,20%]"
};

struct EvidenceItem
{
    std::string id;
    LocalText text;
};

enum class FigureKind { Count, Amount, Percent, Value };

struct Figure
{
    std::string id;
    LocalText name;
    LocalText unit;
    LocalText help;
    FigureKind kind = FigureKind::Count;
    SourcePos pos;
};

enum class ItemType { Single, Multi, Ratio, Trend, Number, YesNo };
enum class TrendDirection { Worse = 0, Same = 1, Better = 2 };
// worse / same / better: a trend's word in answer files, stored answers and trend_points.
const char *trendKey(TrendDirection t);
std::optional<TrendDirection> parseTrend(std::string_view key);

struct Option
{
    std::string id;
    LocalText label;
    Rational points;
    bool exclusive = false;
    SourcePos pos;
};

struct Band
{
    Interval range;
    Rational points;
    SourcePos pos;
};

struct Item
{
    std::string id;
    LocalText name;
    LocalText question;
    LocalText help;
    LocalText recommendation;
    std::vector<EvidenceItem> evidence;
    Rational points;
    ItemType type = ItemType::Single;
    bool enabled = true;

    std::vector<Option> options; // single, multi (multi: at most 64)
    std::vector<Band> bands;     // ratio, number; ascending
    Interval numberRange;        // number
    int figureA = -1;            // ratio: numerator; trend: before; number: the figure
    int figureB = -1;            // ratio: denominator; trend: after
    bool higherIsBetter = true;  // trend
    Rational trendPoints[3];     // trend: worse, same, better
    Rational yesPoints;          // yesno
    // ratio: a target ratio above this percentage asks for a large investment (大额投入), e.g.
    // digital spend above 10 % of revenue; what-if plans mark such steps and avoid them on ties.
    std::optional<Rational> largeInvestmentAbove;

    int dimension = -1;
    int subdimension = -1;
    SourcePos pos;
};

struct SubDimension
{
    std::string id;
    LocalText name;
    Rational points;
    std::vector<int> items; // indices into Model::items
    SourcePos pos;
};

struct Dimension
{
    std::string id;
    LocalText name;
    Rational points;
    std::vector<int> subdimensions; // indices into Model::subdimensions
    SourcePos pos;
};

struct ScenarioLevel
{
    LocalText description;
    LocalText recommendation;
};

struct Scenario
{
    std::string id;
    LocalText name;
    LocalText question;
    std::vector<EvidenceItem> evidence;
    bool constrained = false;
    bool enabled = true;
    ScenarioLevel levels[4]; // levels 1..4 at [0..3]
    int group = -1;
    SourcePos pos;
};

struct ScenarioGroup
{
    std::string id;
    LocalText name;
    std::vector<int> scenarios; // indices into Model::scenarios
    SourcePos pos;
};

// A count of scenarios rated at or above `atLevel`.
struct ScenarioCondition
{
    int count = 0;
    int atLevel = 0;
};

struct LevelRule
{
    int level = 0;
    LocalText name;
    LocalText description;
    std::optional<Rational> minBaseScore;
    std::optional<ScenarioCondition> minScenarios;
    std::optional<ScenarioCondition> minConstrained;
    SourcePos pos;
};

struct IndustryOverride
{
    std::string id;
    std::vector<std::string> industries;
    std::vector<std::string> enable;
    std::vector<std::string> disable;
    std::vector<std::pair<std::string, Rational>> reweight;
    SourcePos pos;
};

struct UnverifiedFact
{
    std::string id;
    std::vector<std::string> refersTo;
    LocalText note;
    SourcePos pos; // of refers_to
};

// How an answer given under a superseded version of a model carries over to this version:
// copied, copied but marked for the user to confirm, or left behind.
enum class CarryOver { Same, Recheck, Drop };
const char *key(CarryOver c); // same / recheck / drop, as in the model file
std::optional<CarryOver> parseCarryOver(std::string_view key);

// One `changes` entry of `supersedes`: the figures, items and scenarios (ids of this model) whose
// answers carry over as `carry`, and why.
struct CarryRule
{
    CarryOver carry = CarryOver::Same;
    std::vector<std::string> refersTo;
    LocalText note;
    SourcePos pos;
};

// An earlier version of this model whose assessments can be upgraded to this one. Answers whose
// id no rule names carry over as `same` when this model has the id, else they are dropped.
struct Supersession
{
    std::string modelId;
    std::string version;
    std::vector<CarryRule> rules;
    SourcePos pos;

    const CarryRule *ruleFor(std::string_view id) const; // the first rule naming `id`
};

// A loaded assessment model, or an overlay (DigiLevel addition) that extends one.
struct Model
{
    bool isOverlay = false;
    std::string file; // where it was loaded from, for messages
    std::string id;
    std::string version;
    std::string extends; // overlays only
    // What the file says, and whether the program believes it: a model is official only when it
    // claims to be and its text is one of the official versions this program knows by content
    // hash (model/officialmodels.h). An edited copy of the official model keeps its title and
    // scores as written, but is labelled modified everywhere it is shown.
    bool claimsOfficial = false;
    bool official = false;
    bool modifiedOfficial() const { return claimsOfficial && !official; }
    LocalText title;
    LocalText source;
    std::vector<std::string> industries; // empty: all
    SourcePos industriesPos;
    std::vector<UnverifiedFact> unverified;
    std::string contentHash; // SHA-256 of the file's bytes, hex

    std::vector<Figure> figures;
    std::vector<Dimension> dimensions;
    std::vector<SubDimension> subdimensions;
    std::vector<Item> items;
    std::vector<ScenarioGroup> groups;
    std::vector<Scenario> scenarios;
    std::vector<LevelRule> levelRules; // ascending, level 1 first
    std::vector<IndustryOverride> overrides;
    std::vector<Supersession> supersedes;

    int findItem(std::string_view id) const;
    int findScenario(std::string_view id) const;
    int findFigure(std::string_view id) const;
    int maxLevel() const { return int(levelRules.size()); }
    Rational maxBaseScore() const; // sum of enabled items' points
    const LevelRule *rule(int level) const;
    const Supersession *supersession(std::string_view modelId, std::string_view version) const;

    // Filled by the loader for id lookups.
    std::unordered_map<std::string, int> itemIndex;
    std::unordered_map<std::string, int> scenarioIndex;
    std::unordered_map<std::string, int> figureIndex;
};

// The items and scenarios of `model` whose meaning changed since the version `from` describes:
// named by a recheck or drop rule, or scored from a figure so named. Comparisons across the two
// versions must not present a difference in them as progress.
std::vector<std::string> changedMeaning(const Model &model, const Supersession &from);

// The name of level 0..max in `lang` ("未达一级" / "Below level 1" for 0).
std::string levelName(const Model &model, int level, Lang lang);

} // namespace dl
