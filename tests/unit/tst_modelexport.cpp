#include "models/ModelExport.h"

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
};

QTEST_GUILESS_MAIN(TestModelExport)
#include "tst_modelexport.moc"
