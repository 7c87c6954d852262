#include "StatementAnalyzer.h"

#include "AnalysisWalker.h"
#include "sql/ParseTree.h"

namespace sonde {

StatementAnalysis StatementAnalyzer::analyze(const QString &sql) const
{
    StatementAnalysis a;
    a.sql = sql;
    const ParseTree tree = ParseTree::parse(sql);
    if (!tree.ok) {
        a.error =
            tree.errorPosition > 0
                ? QStringLiteral("%1 (at character %2)").arg(tree.error).arg(tree.errorPosition)
                : tree.error;
        return a;
    }
    a.parsed = true;
    if (tree.statements.isEmpty()) {
        a.kind = StatementAnalysis::Kind::Utility;
        return a;
    }
    AnalysisWalker walker(m_catalog, &a);
    walker.statement(tree.firstStatement());
    return a;
}

} // namespace sonde
