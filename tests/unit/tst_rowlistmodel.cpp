// RowListModel's ways of changing its rows, under QAbstractItemModelTester: which signals
// each one emits, with which rows, and that persistent indexes (a view's selection) follow
// the rows they point at.
#include "common/RowListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sonde;

namespace {

struct Item
{
    QString name;
    int value = 0;
};

class ItemModel : public RowListModel<Item>
{
public:
    using RowListModel::resetRows;
    using RowListModel::RowListModel;
    using RowListModel::setRows;

    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : 2;
    }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!index.isValid() || role != Qt::DisplayRole)
            return {};
        const Item &item = row(index.row());
        return index.column() == 0 ? QVariant(item.name) : QVariant(item.value);
    }

protected:
    QString rowKey(const Item &row) const override { return row.name; }
};

QList<Item> items(const QStringList &names, int value = 0)
{
    QList<Item> out;
    for (const QString &n : names)
        out << Item{n, value};
    return out;
}

QStringList names(const ItemModel &model)
{
    QStringList out;
    for (const Item &item : model.rows())
        out << item.name;
    return out;
}

// first and last row of a rowsInserted / rowsRemoved emission
QPair<int, int> range(const QList<QVariant> &arguments)
{
    return {arguments.at(1).toInt(), arguments.at(2).toInt()};
}

} // namespace

class TestRowListModel : public QObject
{
    Q_OBJECT
private slots:
    void insertOnTopAndInTheMiddle()
    {
        ItemModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(items({u"c"_s, u"d"_s}));
        const QPersistentModelIndex d(model.index(1, 0));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        model.insertRowsAt(0, items({u"a"_s, u"b"_s}));
        QCOMPARE(names(model), QStringList({u"a"_s, u"b"_s, u"c"_s, u"d"_s}));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(range(inserted.takeFirst()), qMakePair(0, 1));
        QCOMPARE(d.row(), 3);

        model.insertRowsAt(2, items({u"b2"_s}));
        QCOMPARE(names(model), QStringList({u"a"_s, u"b"_s, u"b2"_s, u"c"_s, u"d"_s}));
        QCOMPARE(range(inserted.takeFirst()), qMakePair(2, 2));
        QCOMPARE(d.row(), 4);
        QCOMPARE(d.data().toString(), u"d"_s);

        model.insertRowsAt(1, {}); // nothing to say
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(reset.count(), 0);
    }

    void appendAtTheEnd()
    {
        ItemModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.appendRow({u"a"_s, 1});
        const QPersistentModelIndex a(model.index(0, 1));
        model.appendRow({u"b"_s, 2});
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(range(inserted.at(0)), qMakePair(0, 0));
        QCOMPARE(range(inserted.at(1)), qMakePair(1, 1));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(a.row(), 0);
        QCOMPARE(model.data(model.index(1, 1)).toInt(), 2);
    }

    void removeFirstAndLastRows()
    {
        ItemModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(items({u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s}));
        const QPersistentModelIndex c(model.index(2, 0));
        const QPersistentModelIndex a(model.index(0, 0));
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        model.removeRowsAt(3, 2); // the last two
        QCOMPARE(names(model), QStringList({u"a"_s, u"b"_s, u"c"_s}));
        QCOMPARE(range(removed.takeFirst()), qMakePair(3, 4));
        QCOMPARE(c.row(), 2);

        model.removeRowsAt(0, 1); // the oldest
        QCOMPARE(names(model), QStringList({u"b"_s, u"c"_s}));
        QCOMPARE(range(removed.takeFirst()), qMakePair(0, 0));
        QVERIFY(!a.isValid());
        QCOMPARE(c.row(), 1);
        QCOMPARE(c.data().toString(), u"c"_s);

        model.removeRowsAt(1, 0);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(reset.count(), 0);
    }

    void keysStillMatchAfterInsertsAndRemoves()
    {
        // After rows came and went one by one, a whole new list with the same keys is still
        // an update in place, and one with other keys a reset.
        ItemModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.appendRow({u"b"_s, 1});
        model.insertRowsAt(0, items({u"a"_s}));
        model.appendRow({u"c"_s, 1});
        model.removeRowsAt(2, 1);
        const QPersistentModelIndex b(model.index(1, 0));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        model.setRows(items({u"a"_s, u"b"_s}, 7));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.data(model.index(1, 1)).toInt(), 7);
        QCOMPARE(b.row(), 1);
        QCOMPARE(model.rowOfKey(u"b"_s), 1);
        QCOMPARE(model.rowOfKey(u"c"_s), -1);

        model.setRows(items({u"b"_s, u"a"_s}));
        QCOMPARE(reset.count(), 1);
        QVERIFY(!b.isValid());
    }

    void resetWhateverTheKeys()
    {
        ItemModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(items({u"a"_s}));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.resetRows(items({u"a"_s}, 3));
        QCOMPARE(reset.count(), 1);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(model.row(0).value, 3);
    }

    void ownStateChangesWithTheRows()
    {
        // What a subclass changes alongside the rows is changed inside the reset (not yet
        // when the views hear it is coming), or before dataChanged.
        ItemModel model;
        int state = 0;
        QList<int> seen;
        connect(&model, &QAbstractItemModel::modelAboutToBeReset, this, [&]() { seen << state; });
        connect(&model, &QAbstractItemModel::modelReset, this, [&]() { seen << state; });
        connect(&model, &QAbstractItemModel::dataChanged, this, [&]() { seen << state; });
        model.setRows(items({u"a"_s}), [&]() { state = 1; });
        QCOMPARE(seen, QList<int>({0, 1}));
        seen.clear();
        model.setRows(items({u"a"_s}), [&]() { state = 2; });
        QCOMPARE(seen, QList<int>({2}));
        seen.clear();
        model.resetRows(items({u"a"_s}), [&]() { state = 3; });
        QCOMPARE(seen, QList<int>({2, 3}));
    }
};

QTEST_GUILESS_MAIN(TestRowListModel)
#include "tst_rowlistmodel.moc"
