// sonde-cli advise / apply / revert / changes end to end against the sandbox: JSON with
// ddl, table, statements, costs and size; --apply builds and logs; revert drops; Ctrl+C
// cancels a build on the server; a `sonde-cli apply` killed mid-build leaves an INVALID
// index that the next start reports and cleans.
#include "TestSandbox.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <pqxx/pqxx>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace sonde;

namespace {

const char *const Schema = R"SQL(
CREATE TABLE posts (id int, blog_id int, user_id int, title text);
INSERT INTO posts SELECT n, n % 1000, n % 10, 'Post ' || n FROM generate_series(1, 100000) n;
CREATE FUNCTION slow_key(i int) RETURNS int LANGUAGE plpgsql IMMUTABLE AS
$$ BEGIN PERFORM pg_sleep(0.001); RETURN i; END $$;
CREATE TABLE slow_items (id int);
INSERT INTO slow_items SELECT generate_series(1, 30000);
ALTER TABLE posts OWNER TO app;
ALTER TABLE slow_items OWNER TO app;
ANALYZE;
)SQL";

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestCliAdvise : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_data;

    QString uri() const { return test::TestSandbox::endpoints().postgres; }

    void prepare(QProcess &p)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"SONDE_DATA_DIR"_s, m_data.path());
        p.setProcessEnvironment(env);
    }

    Run cli(const QStringList &args, const QByteArray &input = {})
    {
        QProcess p;
        prepare(p);
        p.start(QStringLiteral(SONDE_CLI_PATH), args);
        Run r;
        if (!p.waitForStarted())
            return r;
        if (!input.isEmpty())
            p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(120000)) {
            p.kill();
            p.waitForFinished();
            r.err = u"TIMEOUT"_s;
            return r;
        }
        r.exitCode = p.exitCode();
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err += QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    QString text(const QString &sql)
    {
        pqxx::connection c(uri().toStdString());
        pqxx::nontransaction tx(c);
        return QString::fromUtf8(tx.exec1(sql.toStdString())[0].c_str());
    }

    // The newest create entry for `index` in `changes --json` output.
    static QJsonObject change(const QString &json, const QString &index)
    {
        for (const QJsonValue &v :
             QJsonDocument::fromJson(json.toUtf8()).object().value(u"changes"_s).toArray()) {
            const QJsonObject o = v.toObject();
            if (o.value(u"index"_s).toString() == index &&
                o.value(u"action"_s).toString() == u"create"_s)
                return o;
        }
        return {};
    }

    int scalar(const QString &sql)
    {
        pqxx::connection c(uri().toStdString());
        pqxx::nontransaction tx(c);
        return tx.exec1(sql.toStdString())[0].as<int>();
    }

    // Starts `sonde-cli apply` on the slow expression index and waits until the server
    // reports the build scanning the table.
    bool startSlowBuild(QProcess &p, QString *stderrText)
    {
        prepare(p);
        p.start(QStringLiteral(SONDE_CLI_PATH),
                {u"apply"_s, uri(),
                 u"CREATE INDEX slow_items_key_idx ON slow_items (slow_key(id))"_s, u"--yes"_s});
        if (!p.waitForStarted())
            return false;
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 30000) {
            p.waitForReadyRead(200);
            *stderrText += QString::fromUtf8(p.readAllStandardError());
            if (stderrText->contains(u"building index: scanning table"_s))
                return true;
            if (p.state() != QProcess::Running)
                return false;
        }
        return false;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(test::TestSandbox::ensureStarted(&error), qPrintable(error));
        QVERIFY2(test::execAsSuperuser(QString::fromLatin1(Schema), &error), qPrintable(error));
    }

    void adviseJson()
    {
        const Run r = cli({u"advise"_s, uri(), u"--json"_s, u"--statement"_s,
                           u"SELECT * FROM posts WHERE user_id = $1 AND blog_id = $2"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonArray recs = o.value(u"recommendations"_s).toArray();
        QCOMPARE(recs.size(), 1);
        const QJsonObject rec = recs.first().toObject();
        QCOMPARE(rec.value(u"ddl"_s).toString(),
                 u"CREATE INDEX CONCURRENTLY posts_user_id_blog_id_idx ON public.posts USING "
                 u"btree (user_id, blog_id)"_s);
        QCOMPARE(rec.value(u"table"_s).toString(), u"public.posts"_s);
        QVERIFY(rec.value(u"cost_before"_s).toDouble() >
                10 * rec.value(u"cost_after"_s).toDouble());
        QVERIFY(rec.value(u"size_bytes"_s).toDouble() > 1e6);
        QCOMPARE(rec.value(u"statements"_s).toArray().size(), 1);
        // The audit runs too: posts has no index at all, so there is nothing to flag there.
        QVERIFY(o.contains(u"audit"_s));
    }

    void adviseTextAndUsageErrors()
    {
        const Run r =
            cli({u"advise"_s, uri(), u"--statement"_s, u"SELECT * FROM posts WHERE id = 4"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"CREATE INDEX CONCURRENTLY posts_id_idx"_s), qPrintable(r.out));
        QVERIFY(r.out.contains(u"revert: DROP INDEX CONCURRENTLY IF EXISTS public.posts_id_idx"_s));
        QCOMPARE(cli({u"advise"_s}).exitCode, 2);
        QCOMPARE(cli({u"advise"_s, uri(), u"--window"_s, u"soon"_s}).exitCode, 2);
        const Run bad = cli({u"advise"_s, u"postgresql://127.0.0.1:1/x?connect_timeout=2"_s});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(!bad.err.isEmpty());
    }

    void applyAsksAndCanBeDeclined()
    {
        const Run r = cli({u"apply"_s, uri(), u"CREATE INDEX ON posts (title)"_s}, "n\n");
        QCOMPARE(r.exitCode, 3); // refused: nothing was changed
        QVERIFY2(r.err.contains(u"Nothing was changed"_s), qPrintable(r.err));
        QVERIFY(r.err.contains(u"CREATE INDEX CONCURRENTLY posts_title_idx ON public.posts"_s));
        QCOMPARE(scalar(u"SELECT count(*) FROM pg_class WHERE relname = 'posts_title_idx'"_s), 0);
    }

    void adviseApplyThenRevert()
    {
        const Run applied =
            cli({u"advise"_s, uri(), u"--statement"_s, u"SELECT * FROM posts WHERE blog_id = $1"_s,
                 u"--apply"_s, u"--yes"_s});
        QVERIFY2(applied.exitCode == 0, qPrintable(applied.err));
        QCOMPARE(scalar(u"SELECT count(*) FROM pg_index i JOIN pg_class c ON c.oid = "
                        u"i.indexrelid WHERE c.relname = 'posts_blog_id_idx' AND i.indisvalid"_s),
                 1);
        const Run changes = cli({u"changes"_s, u"--json"_s});
        QCOMPARE(changes.exitCode, 0);
        const QJsonArray list =
            QJsonDocument::fromJson(changes.out.toUtf8()).object().value(u"changes"_s).toArray();
        QJsonObject entry;
        for (const QJsonValue &v : list) {
            if (v.toObject().value(u"index"_s).toString() == u"posts_blog_id_idx"_s)
                entry = v.toObject();
        }
        QCOMPARE(entry.value(u"outcome"_s).toString(), u"applied"_s);
        const QString id = QString::number(entry.value(u"id"_s).toInteger());
        const Run reverted = cli({u"revert"_s, uri(), id, u"--yes"_s, u"--json"_s});
        QVERIFY2(reverted.exitCode == 0, qPrintable(reverted.err));
        QCOMPARE(scalar(u"SELECT count(*) FROM pg_class WHERE relname = 'posts_blog_id_idx'"_s), 0);
        const Run after = cli({u"changes"_s, uri(), u"--json"_s});
        QVERIFY(after.out.contains(u"\"outcome\":\"reverted\""_s));
    }

    void ctrlCCancelsTheBuildOnTheServer()
    {
        QProcess p;
        QString err;
        QVERIFY2(startSlowBuild(p, &err), qPrintable(err));
        ::kill(pid_t(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(30000));
        err += QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitCode(), 1);
        QVERIFY2(err.contains(u"Canceled"_s), qPrintable(err));
        QCOMPARE(scalar(u"SELECT count(*) FROM pg_index WHERE NOT indisvalid"_s), 0);
        QCOMPARE(scalar(u"SELECT count(*) FROM pg_class WHERE relname = 'slow_items_key_idx'"_s),
                 0);
    }

    void killedMidBuildIsCleanedAtNextStart()
    {
        QProcess p;
        QString err;
        QVERIFY2(startSlowBuild(p, &err), qPrintable(err));
        p.kill(); // SIGKILL: no chance to clean up
        QVERIFY(p.waitForFinished(10000));
        // The server notices the dead client (client_connection_check_interval) and stops
        // the build, which leaves the index INVALID.
        QTRY_COMPARE_WITH_TIMEOUT(
            scalar(u"SELECT count(*) FROM pg_stat_activity WHERE query LIKE 'CREATE INDEX%'"_s), 0,
            15000);
        QCOMPARE(scalar(u"SELECT count(*) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
                        u"WHERE c.relname = 'slow_items_key_idx' AND NOT i.indisvalid"_s),
                 1);
        // The next start for that server reports and cleans it.
        const Run next = cli({u"changes"_s, uri(), u"--json"_s});
        QCOMPARE(next.exitCode, 0);
        QVERIFY2(next.err.contains(u"Interrupted build"_s) && next.err.contains(u"INVALID"_s),
                 qPrintable(next.err));
        QCOMPARE(scalar(u"SELECT count(*) FROM pg_index WHERE NOT indisvalid"_s), 0);
        QVERIFY(next.out.contains(u"\"outcome\":\"interrupted\""_s));
        // Only once: the entry is closed now.
        QVERIFY(!cli({u"changes"_s, uri()}).err.contains(u"Interrupted build"_s));
    }

    // A writer holds a lock that blocks the build; the CLI is killed (-9) mid-build. The
    // INVALID index cannot be dropped while the writer holds on: the change stays open as a
    // leftover, every start retries, and it can be reverted.
    void killedBehindAWriterStaysRevertable()
    {
        pqxx::connection writerConnection(test::TestSandbox::endpoints().postgresApp.toStdString());
        auto writer = std::make_unique<pqxx::work>(writerConnection);
        writer->exec("UPDATE posts SET title = title WHERE id = 1");
        QProcess p;
        prepare(p);
        p.start(QStringLiteral(SONDE_CLI_PATH),
                {u"advise"_s, uri(), u"--statement"_s, u"SELECT id FROM posts WHERE title = $1"_s,
                 u"--apply"_s, u"--yes"_s, u"--no-audit"_s});
        QVERIFY(p.waitForStarted());
        // The build registered its INVALID index and waits for the writer.
        QString index;
        QTRY_VERIFY_WITH_TIMEOUT(!(index = text(u"SELECT coalesce(max(c.relname), '') FROM "
                                                u"pg_stat_progress_create_index p JOIN pg_class c "
                                                u"ON c.oid = p.index_relid"_s))
                                      .isEmpty(),
                                 120000);
        p.kill();
        QVERIFY(p.waitForFinished(10000));
        QTRY_COMPARE_WITH_TIMEOUT(
            scalar(u"SELECT count(*) FROM pg_stat_activity WHERE query LIKE 'CREATE INDEX%'"_s), 0,
            30000);
        const QString leftIndex =
            u"SELECT count(*) FROM pg_class WHERE relname = '%1'"_s.arg(index);
        QCOMPARE(scalar(leftIndex), 1);

        // The next start cannot drop it (the writer still holds its lock): the change stays
        // a leftover, and says how to get rid of it.
        const Run first = cli({u"changes"_s, uri(), u"--json"_s});
        QCOMPARE(first.exitCode, 0);
        QVERIFY2(first.err.contains(u"still there"_s), qPrintable(first.err));
        QCOMPARE(scalar(leftIndex), 1);
        QJsonObject entry = change(first.out, index);
        QCOMPARE(entry.value(u"outcome"_s).toString(), u"interrupted"_s);
        QVERIFY(entry.value(u"leftover"_s).toBool());
        // Every start tries again.
        const Run again = cli({u"changes"_s, uri()});
        QVERIFY2(again.err.contains(index), qPrintable(again.err));

        // Revertable once the writer is gone: the revert's own start removes the leftover,
        // and it says so instead of showing a DROP it then refuses to run.
        writer->commit();
        writer.reset();
        const QString id = QString::number(entry.value(u"id"_s).toInteger());
        const Run reverted = cli({u"revert"_s, uri(), id, u"--yes"_s});
        QVERIFY2(reverted.exitCode == 0, qPrintable(reverted.err));
        QVERIFY2(!reverted.err.contains(u"nothing to revert"_s), qPrintable(reverted.err));
        QCOMPARE(scalar(leftIndex), 0);
        const Run after = cli({u"changes"_s, uri(), u"--json"_s});
        QVERIFY(!after.err.contains(index));
        entry = change(after.out, index);
        QVERIFY(!entry.value(u"leftover"_s).toBool());
    }

    void cleanupTestCase() { test::TestSandbox::stop(); }
};

QTEST_GUILESS_MAIN(TestCliAdvise)
#include "tst_cli_advise.moc"
