#include "Workload.h"

namespace sonde {

double Workload::totalTimeMs() const
{
    double total = 0;
    for (const WorkloadStatement &s : statements)
        total += s.totalTimeMs;
    return total;
}

Workload Workload::fromStatements(const QStringList &sql)
{
    Workload w;
    w.source = Source::Selected;
    for (const QString &s : sql) {
        WorkloadStatement st;
        st.sql = s;
        st.explainSql = s;
        st.calls = 1;
        st.totalTimeMs = 1;
        w.statements << st;
    }
    return w;
}

} // namespace sonde
