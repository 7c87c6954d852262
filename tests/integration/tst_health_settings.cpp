// Setting fixes on a real PostgreSQL: ALTER SYSTEM with the reload when the context allows
// it, recorded with its revert; applied then reverted, pg_settings and the configuration
// files read exactly as before (a setting ALTER SYSTEM never set, one it had set, a
// restart-only one). A role without the right is told what to grant; with the right (PG 15
// GRANT ALTER SYSTEM ON PARAMETER) it works without a superuser. And the same through
// sonde-cli health.
#include "HealthRun.h"
#include "TestSandbox.h"
#include "health/HealthFixer.h"
#include "indexes/ChangeLog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <pqxx/pqxx>

using namespace Qt::StringLiterals;
using namespace sonde;

namespace {

const SandboxEndpoints &ep()
{
    return test::TestSandbox::endpoints();
}

// Everything pg_settings and pg_file_settings say, one line per row.
QStringList configurationState()
{
    QStringList out;
    pqxx::connection c(ep().postgresSuperuser.toStdString());
    pqxx::nontransaction tx(c);
    for (const pqxx::row &r :
         tx.exec("SELECT name, setting, coalesce(unit, ''), source, coalesce(sourcefile, ''), "
                 "coalesce(sourceline, 0), pending_restart, coalesce(reset_val, '') "
                 "FROM pg_settings ORDER BY name")) {
        QStringList fields;
        for (const pqxx::field &f : r)
            fields << QString::fromUtf8(f.c_str());
        out << fields.join(u'|');
    }
    for (const pqxx::row &r :
         tx.exec("SELECT sourcefile, sourceline, seqno, name, setting, applied, "
                 "coalesce(error, '') FROM pg_file_settings ORDER BY seqno")) {
        QStringList fields;
        for (const pqxx::field &f : r)
            fields << QString::fromUtf8(f.c_str());
        out << u"file: "_s + fields.join(u'|');
    }
    return out;
}

QString setting(const QString &name)
{
    pqxx::connection c(ep().postgresSuperuser.toStdString());
    pqxx::nontransaction tx(c);
    return QString::fromUtf8(
        tx.exec_params1("SELECT setting FROM pg_settings WHERE name = $1", name.toStdString())[0]
            .c_str());
}

HealthFinding settingFinding(const QString &name, const QString &value, const QString &context)
{
    HealthFinding f;
    f.check = u"test"_s;
    f.object = name;
    f.fix = HealthFix::postgresSetting(name, value, setting(name), context, u"test"_s);
    return f;
}

Target target(const QString &uri)
{
    Target t;
    t.name = u"test"_s;
    t.uri = uri;
    return t;
}

} // namespace

class TestHealthSettings : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<ChangeLog> m_log;

    void roundTrip(const QString &uri, const HealthFinding &finding, const QString &appliedValue)
    {
        const QStringList before = configurationState();
        HealthFixer fixer(m_log.get());
        const HealthFixOutcome applied = fixer.apply(target(uri), finding);
        QVERIFY2(applied.applied(), qPrintable(applied.error.toString()));
        const std::optional<IndexChange> change = m_log->find(applied.changeId);
        QCOMPARE(change->action, IndexChange::Action::Setting);
        QCOMPARE(change->object, finding.fix.setting);
        QCOMPARE(change->outcome, IndexChange::Outcome::Applied);
        if (!appliedValue.isEmpty())
            QTRY_COMPARE(setting(finding.fix.setting), appliedValue);
        QVERIFY(configurationState() != before);
        const HealthFixOutcome reverted = fixer.revert(target(uri), applied.changeId);
        QVERIFY2(reverted.applied(), qPrintable(reverted.error.toString()));
        QCOMPARE(m_log->find(applied.changeId)->outcome, IndexChange::Outcome::Reverted);
        QCOMPARE(m_log->find(reverted.changeId)->revertOf, applied.changeId);
        QTRY_COMPARE(configurationState(), before);
    }

private slots:
    void initTestCase()
    {
        SandboxOptions options;
        options.withRedis = false;
        options.withPgBouncer = false;
        QString error;
        QVERIFY2(test::TestSandbox::ensureStarted(&error, options), qPrintable(error));
        qputenv("SONDE_DATA_DIR", m_dir.path().toUtf8());
        m_log = std::make_unique<ChangeLog>(ChangeLog::defaultPath());
        QVERIFY2(m_log->open(&error), qPrintable(error));
    }

    void reloadSettingNeverSetByAlterSystem()
    {
        const HealthFinding f = settingFinding(u"work_mem"_s, u"64MB"_s, u"user"_s);
        QCOMPARE(f.fix.sql, u"ALTER SYSTEM SET work_mem = '64MB';\nSELECT pg_reload_conf()"_s);
        roundTrip(ep().postgresSuperuser, f, u"65536"_s);
        QCOMPARE(m_log->all().at(0).ddl, u"ALTER SYSTEM RESET work_mem"_s);
    }

    void settingAlterSystemHadSetIsPutBack()
    {
        QVERIFY(test::execAsSuperuser(u"ALTER SYSTEM SET track_io_timing = off"_s, nullptr));
        QVERIFY(test::execAsSuperuser(u"SELECT pg_reload_conf()"_s, nullptr));
        QTRY_COMPARE(setting(u"track_io_timing"_s), u"off"_s);
        const HealthFinding f =
            test::waitForFinding(TargetKind::PostgreSQL, ep().postgres, u"track_io_timing"_s);
        QCOMPARE(f.fix.value, u"on"_s);
        roundTrip(ep().postgresSuperuser, f, u"on"_s);
        QCOMPARE(setting(u"track_io_timing"_s), u"off"_s);
        QCOMPARE(m_log->all().at(0).ddl, u"ALTER SYSTEM SET track_io_timing = 'off'"_s);
        QVERIFY(test::execAsSuperuser(u"ALTER SYSTEM RESET track_io_timing"_s, nullptr));
        QVERIFY(test::execAsSuperuser(u"SELECT pg_reload_conf()"_s, nullptr));
    }

    void restartOnlySettingIsWrittenNeverRestarted()
    {
        const HealthFinding f = settingFinding(u"shared_buffers"_s, u"256MB"_s, u"postmaster"_s);
        QCOMPARE(f.fix.takes, HealthFix::Takes::Restart);
        QCOMPARE(f.fix.sql, u"ALTER SYSTEM SET shared_buffers = '256MB'"_s);
        const QString before = setting(u"shared_buffers"_s);
        roundTrip(ep().postgresSuperuser, f, QString());
        const IndexChange applied = m_log->all().at(1);
        QVERIFY2(applied.message.contains(u"next restart"_s), qPrintable(applied.message));
        QCOMPARE(setting(u"shared_buffers"_s), before);
    }

    void roleWithoutTheRightIsToldWhatToGrant()
    {
        const QStringList before = configurationState();
        HealthFixer fixer(m_log.get());
        const HealthFixOutcome o =
            fixer.apply(target(ep().postgres), settingFinding(u"work_mem"_s, u"32MB"_s, u"user"_s));
        QVERIFY(!o.applied());
        QVERIFY2(o.error.message.contains(u"GRANT ALTER SYSTEM ON PARAMETER work_mem"_s),
                 qPrintable(o.error.toString()));
        QCOMPARE(m_log->find(o.changeId)->outcome, IndexChange::Outcome::Failed);
        QCOMPARE(configurationState(), before);
    }

    void roleGrantedAlterSystemOnTheParameter()
    {
        QVERIFY(test::execAsSuperuser(u"GRANT ALTER SYSTEM ON PARAMETER work_mem TO sonde; "
                                      "GRANT EXECUTE ON FUNCTION pg_reload_conf() TO sonde"_s,
                                      nullptr));
        roundTrip(ep().postgres, settingFinding(u"work_mem"_s, u"32MB"_s, u"user"_s), u"32768"_s);
    }

    void cliAppliesAndRevertsWithConfirmationSkipped()
    {
        QVERIFY(test::execAsSuperuser(u"ALTER SYSTEM SET track_io_timing = off"_s, nullptr));
        QVERIFY(test::execAsSuperuser(u"SELECT pg_reload_conf()"_s, nullptr));
        QTRY_COMPARE(setting(u"track_io_timing"_s), u"off"_s);
        const QStringList before = configurationState();
        auto run = [](const QStringList &args, QByteArray *out = nullptr) {
            QProcess p;
            p.start(QStringLiteral(SONDE_CLI_PATH), QStringList{u"health"_s} + args);
            p.waitForFinished(60000);
            if (out)
                *out = p.readAllStandardOutput();
            return p.exitCode();
        };
        QByteArray json;
        QCOMPARE(run({ep().postgresSuperuser, u"--json"_s}, &json), 0);
        const QJsonObject report = QJsonDocument::fromJson(json).object();
        bool listed = false;
        for (const QJsonValue &v : report.value(u"findings"_s).toArray()) {
            const QJsonObject f = v.toObject();
            for (const char *key : {"check", "severity", "target", "object", "evidence", "fix"})
                QVERIFY2(f.contains(QLatin1String(key)), key);
            if (f.value(u"check"_s).toString() == u"track_io_timing"_s) {
                listed = true;
                QCOMPARE(f.value(u"severity"_s).toString(), u"info"_s);
                QCOMPARE(f.value(u"object"_s).toString(), u"track_io_timing"_s);
                QCOMPARE(f.value(u"evidence"_s).toObject().value(u"track_io_timing"_s),
                         QJsonValue(u"off"_s));
                QCOMPARE(f.value(u"fix"_s).toObject().value(u"takes_effect"_s),
                         QJsonValue(u"reload"_s));
            }
        }
        QVERIFY(listed);
        QCOMPARE(run({ep().postgresSuperuser, u"--fix"_s, u"track_io_timing"_s, u"--yes"_s,
                      u"--read-only"_s}),
                 1);
        QCOMPARE(configurationState(), before);
        QCOMPARE(run({ep().postgresSuperuser, u"--fix"_s, u"track_io_timing"_s, u"--yes"_s}), 0);
        QTRY_COMPARE(setting(u"track_io_timing"_s), u"on"_s);
        const qint64 id = m_log->all().at(0).id;
        QCOMPARE(run({ep().postgresSuperuser, u"--revert"_s, QString::number(id), u"--yes"_s}), 0);
        QTRY_COMPARE(configurationState(), before);
    }
};

QTEST_GUILESS_MAIN(TestHealthSettings)
#include "tst_health_settings.moc"
