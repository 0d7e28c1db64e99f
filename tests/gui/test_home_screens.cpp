// SPDX-License-Identifier: GPL-3.0-or-later
// Screenshots of the home area for looking at it, in Chinese and English: hidden from the normal
// run ("[.home-screens]"); writes PNGs to $DIGILEVEL_SHOTS (default /tmp/home-screens).
// The Chinese text comes from translations/zh_CN.tsv and zh_CN.d/*.tsv directly, so the
// screens show the translations before the .ts files are regenerated.
#include "test_home_support.h"
#include "tsvtranslator.h"

#include "answers/answerfile.h"
#include "home/enterprisedialog.h"
#include "home/enterprisetablemodel.h"
#include "home/exampleenterprise.h"
#include "home/homepage.h"
#include "home/industrypickerdialog.h"
#include "home/newassessmentdialog.h"
#include "scoring/answerloader.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QSettings>
#include <QTableView>
#include <QTranslator>

namespace {

struct Session
{
    QTemporaryDir dir;
    std::unique_ptr<AppSession> session;
    explicit Session(dl::Lang lang)
    {
        auto store = dl::Store::open(dir.filePath(QStringLiteral("s.sqlite")).toStdString());
        REQUIRE(store.ok());
        session = std::make_unique<AppSession>(std::move(*store), lang);
    }
};

// Twenty enterprises: the worked examples (real levels) and some without an assessment yet.
void fill(AppSession &s)
{
    const QString worked = QStringLiteral(DIGILEVEL_TEST_DATA "/worked");
    const char *provinces[][2] = {{"浙江省", "杭州市"}, {"江苏省", "苏州市"}, {"广东省", "东莞市"},
                                  {"山东省", "青岛市"}, {"四川省", "成都市"}, {"浙江省", "宁波市"}};
    const char *sizes[] = {"small", "medium", "micro", "small", "large"};
    const char *srdi[] = {"none", "innovative", "none", "provincial", "little-giant", "none"};
    int n = 0;
    for (const QString &f : QDir(worked).entryList({QStringLiteral("*.yaml")}, QDir::Files)) {
        if (f.contains(QLatin1String("twin")))
            continue;
        QFile file(QDir(worked).filePath(f));
        REQUIRE(file.open(QIODevice::ReadOnly));
        const std::string text = file.readAll().toStdString();
        auto parsed = dl::loadAnswersText(text, f.toStdString(), s.builtinModels());
        REQUIRE(parsed.ok());
        dl::Enterprise e;
        e.name = parsed->enterpriseName;
        e.industry = parsed->industry ? parsed->industry->section + parsed->industry->division
                                      : std::string("C");
        e.province = provinces[n % 6][0];
        e.city = provinces[n % 6][1];
        e.sizeClass = *dl::parseSizeClass(sizes[n % 5]);
        e.srdi = *dl::parseSrdiStatus(srdi[n % 6]);
        auto added = s.store().addEnterprise(e);
        REQUIRE(added.ok());
        auto a = s.store().newAssessment(
            added->id, s.builtinModels().model, s.builtinModelText(), "王工", "杭州数智咨询",
            n % 3 ? dl::AssessmentMode::Self : dl::AssessmentMode::Onsite);
        REQUIRE(a.ok());
        auto answers =
            dl::answerFileChanges(text, f.toStdString(), s.builtinModels(), parsed->industry);
        REQUIRE(answers.ok());
        std::vector<dl::AnswerChange> self; // the enterprises' own answers only
        for (const dl::AnswerChange &x : *answers)
            if (x.layer == dl::Layer::Self)
                self.push_back(x);
        REQUIRE(dl::AnswerWriter(s.store(), a->id, s.builtinModels(), parsed->industry)
                    .apply(self, "王工")
                    .ok());
        if (n % 4 != 3)
            REQUIRE(s.store()
                        .setStatus(a->id,
                                   n % 4 == 2 ? dl::AssessmentStatus::Verified
                                              : dl::AssessmentStatus::Submitted,
                                   "王工")
                        .ok());
        ++n;
    }
    const char *fresh[] = {"嘉兴华宇纺织有限公司", "台州精锐模具有限公司",
                           "温州东方电气有限公司", "绍兴恒丰印染有限公司",
                           "湖州绿源家居有限公司", "金华金鹰五金工具厂",
                           "丽水山谷食品有限公司", "舟山海星船舶配件有限公司"};
    const char *industries[] = {"C17", "C35", "C38", "C17", "C21", "C33", "C14", "C37"};
    for (int i = 0; i < 8; ++i) {
        dl::Enterprise e;
        e.name = fresh[i];
        e.industry = industries[i];
        e.province = "浙江省";
        e.city = QString::fromUtf8(fresh[i]).left(2).append(QStringLiteral("市")).toStdString();
        e.sizeClass = *dl::parseSizeClass(sizes[i % 5]);
        REQUIRE(s.store().addEnterprise(e).ok());
    }
    REQUIRE(createExampleEnterprise(s).ok());
}

void save(QWidget &w, const QString &name)
{
    w.show();
    QApplication::processEvents();
    const QString dir =
        qEnvironmentVariable("DIGILEVEL_SHOTS", QStringLiteral("/tmp/home-screens"));
    QDir().mkpath(dir);
    CHECK(w.grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
}

} // namespace

TEST_CASE("home screens for looking at", "[.home-screens]")
{
    TsvTranslator zh;
    QSettings().remove(QStringLiteral("home/header")); // show the first-run column widths
    for (dl::Lang lang : {dl::Lang::ZhCN, dl::Lang::En}) {
        const QString suffix =
            lang == dl::Lang::ZhCN ? QStringLiteral("-zh") : QStringLiteral("-en");
        if (lang == dl::Lang::ZhCN)
            QApplication::installTranslator(&zh);
        else
            QApplication::removeTranslator(&zh);
        {
            Session empty(lang);
            HomePage page(*empty.session);
            page.resize(1400, 760);
            save(page, QStringLiteral("welcome") + suffix);
        }
        QSettings().remove(QStringLiteral("home/header"));
        Session s(lang);
        fill(*s.session);
        HomePage page(*s.session);
        page.resize(1400, 760);
        page.show();
        REQUIRE(waitForList(page));
        page.selectEnterprise(page.model()->enterpriseId(2));
        save(page, QStringLiteral("home") + suffix);

        EnterpriseDialog profile(*s.session, std::nullopt);
        typeText(profile.findChild<QLineEdit *>(QStringLiteral("name")),
                 QStringLiteral("新建精密机械有限公司"));
        typeText(profile.findChild<QLineEdit *>(QStringLiteral("creditCode")),
                 QStringLiteral("91330106MA2CF3K8X5"));
        typeText(profile.findChild<QLineEdit *>(QStringLiteral("industry")), QStringLiteral("C34"));
        typeText(profile.findChild<QLineEdit *>(QStringLiteral("province")),
                 QStringLiteral("浙江省"));
        typeText(profile.findChild<QLineEdit *>(QStringLiteral("city")), QStringLiteral("杭州市"));
        typeText(profile.findChild<QLineEdit *>(QStringLiteral("employees")),
                 QStringLiteral("180"));
        typeText(profile.findChild<QLineEdit *>(QStringLiteral("revenue")), QStringLiteral("1500"));
        save(profile, QStringLiteral("profile") + suffix);

        IndustryPickerDialog picker(lang, QStringLiteral("C34"));
        save(picker, QStringLiteral("picker") + suffix);
        typeText(picker.findChild<QLineEdit *>(QStringLiteral("industrySearch")),
                 lang == dl::Lang::ZhCN ? QStringLiteral("设备") : QStringLiteral("machinery"));
        save(picker, QStringLiteral("picker-search") + suffix);

        page.model()->setSearchText(QStringLiteral("C36")); // the auto-parts addition applies
        REQUIRE(page.model()->rowCount() >= 1);
        NewAssessmentDialog assess(*s.session, page.model()->enterpriseId(0));
        save(assess, QStringLiteral("new-assessment") + suffix);
    }
    QApplication::removeTranslator(&zh);
}
