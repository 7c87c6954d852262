#include "models/ModelExport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStandardItemModel>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestModelExport : public QObject
{
    Q_OBJECT
private slots:
    void csvQuotesWhatNeedsIt()
    {
        QCOMPARE(sonde::csvField(u"plain"_s), u"plain"_s);
        QCOMPARE(sonde::csvField(u"a,b"_s), u"\"a,b\""_s);
        QCOMPARE(sonde::csvField(u"say \"hi\""_s), u"\"say \"\"hi\"\"\""_s);
        QCOMPARE(sonde::csvField(u"two\nlines"_s), u"\"two\nlines\""_s);
    }

    void exportsRowsAndHeader()
    {
        QStandardItemModel model(2, 2);
        model.setHorizontalHeaderLabels({u"query"_s, u"calls"_s});
        model.setData(model.index(0, 0), u"SELECT 1, 2"_s);
        model.setData(model.index(0, 1), 42);
        model.setData(model.index(1, 0), u"SELECT\t3"_s);
        model.setData(model.index(1, 1), 7);
        QCOMPARE(sonde::modelToCsv(&model),
                 u"query,calls\r\n\"SELECT 1, 2\",42\r\nSELECT\t3,7\r\n"_s);
        QCOMPARE(sonde::modelToTsv(&model, {1}), u"query\tcalls\nSELECT 3\t7\n"_s);
        const QJsonArray json = sonde::modelToJson(&model);
        QCOMPARE(json.size(), 2);
        QCOMPARE(json.at(0).toObject().value(u"calls"_s).toInt(), 42);
        QCOMPARE(json.at(1).toObject().value(u"query"_s).toString(), u"SELECT\t3"_s);
    }

    void exportsATreeDepthFirst()
    {
        // pid 10 blocks 11, which blocks 12; pid 20 blocks 21.
        QStandardItemModel model;
        model.setHorizontalHeaderLabels({u"session"_s, u"wait"_s});
        auto row = [](const QString &session, const QString &wait) {
            return QList<QStandardItem *>{new QStandardItem(session), new QStandardItem(wait)};
        };
        const QList<QStandardItem *> a = row(u"pid 10"_s, u""_s);
        const QList<QStandardItem *> b = row(u"pid 11"_s, u"Lock: transactionid"_s);
        b.first()->appendRow(row(u"pid 12"_s, u"Lock: relation, x"_s));
        a.first()->appendRow(b);
        model.appendRow(a);
        const QList<QStandardItem *> c = row(u"pid 20"_s, u""_s);
        c.first()->appendRow(row(u"pid 21"_s, u"Lock: tuple"_s));
        model.appendRow(c);

        QCOMPARE(sonde::treeToCsv(&model), u"Level,Under,session,wait\r\n"
                                           "0,,pid 10,\r\n"
                                           "1,pid 10,pid 11,Lock: transactionid\r\n"
                                           "2,pid 11,pid 12,\"Lock: relation, x\"\r\n"
                                           "0,,pid 20,\r\n"
                                           "1,pid 20,pid 21,Lock: tuple\r\n"_s);
        QVERIFY(sonde::treeToTsv(&model).contains(u"\n2\tpid 11\tpid 12\tLock: relation, x\n"_s));
        const QJsonArray json = sonde::treeToJson(&model);
        QCOMPARE(json.size(), 2);
        const QJsonObject first = json.at(0).toObject();
        QCOMPARE(first.value(u"session"_s).toString(), u"pid 10"_s);
        const QJsonObject child = first.value(u"children"_s).toArray().at(0).toObject();
        QCOMPARE(child.value(u"session"_s).toString(), u"pid 11"_s);
        QCOMPARE(child.value(u"children"_s).toArray().at(0).toObject().value(u"session"_s),
                 QJsonValue(u"pid 12"_s));
        QVERIFY(!json.at(1)
                     .toObject()
                     .value(u"children"_s)
                     .toArray()
                     .at(0)
                     .toObject()
                     .contains(u"children"_s));
    }
};

QTEST_GUILESS_MAIN(TestModelExport)
#include "tst_modelexport.moc"
