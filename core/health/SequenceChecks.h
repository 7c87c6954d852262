#pragma once

#include "PostgresCheckContext.h"

#include <QCoreApplication>

#include <pqxx/transaction_base>

namespace sonde {

// Sequences close to their last value: the sequence's own MAXVALUE (MINVALUE when it
// counts down) or, for a serial or identity column, the largest value its column's type
// holds (an integer column fed by a bigint sequence fails at 2 147 483 647).
class SequenceChecks
{
    Q_DECLARE_TR_FUNCTIONS(SequenceChecks)
public:
    static void run(pqxx::transaction_base &tx, PostgresCheckContext &ctx);

    // Share of the range used: (last − start of range) / (limit − start of range).
    static double usedShare(double last, double minValue, double maxValue, double increment);
    // Largest value of smallint, integer, bigint (0 for another type).
    static double typeMax(const QString &type);
};

} // namespace sonde
