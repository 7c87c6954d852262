#include "PlanColors.h"

#include <algorithm>

namespace sonde::PlanColors {

QColor expense(PlanExpense level)
{
    switch (level) {
    case PlanExpense::Critical:
        return QColor(0xf8, 0xc4, 0xc0);
    case PlanExpense::Major:
        return QColor(0xfb, 0xdc, 0xb8);
    case PlanExpense::Notable:
        return QColor(0xfd, 0xf1, 0xc7);
    case PlanExpense::None:
        break;
    }
    return {};
}

QColor expenseStrong(PlanExpense level)
{
    switch (level) {
    case PlanExpense::Critical:
        return QColor(0xc6, 0x28, 0x28);
    case PlanExpense::Major:
        return QColor(0xef, 0x6c, 0x00);
    case PlanExpense::Notable:
        return QColor(0xf9, 0xa8, 0x25);
    case PlanExpense::None:
        break;
    }
    return QColor(0x78, 0x90, 0x9c);
}

QColor misestimate(double factor)
{
    if (factor >= 100)
        return QColor(0xc6, 0x28, 0x28);
    if (factor >= 10)
        return QColor(0xef, 0x6c, 0x00);
    return {};
}

QColor diff(PlanDiffRow::Change change)
{
    switch (change) {
    case PlanDiffRow::Change::Added:
        return QColor(0xc8, 0xe6, 0xc9);
    case PlanDiffRow::Change::Removed:
        return QColor(0xff, 0xcd, 0xd2);
    case PlanDiffRow::Change::Changed:
        return QColor(0xff, 0xec, 0xb3);
    case PlanDiffRow::Change::Same:
        break;
    }
    return {};
}

QColor severity(PlanFinding::Severity severity)
{
    switch (severity) {
    case PlanFinding::Severity::Critical:
        return QColor(0xc6, 0x28, 0x28);
    case PlanFinding::Severity::Warning:
        return QColor(0xe6, 0x51, 0x00);
    case PlanFinding::Severity::Info:
        break;
    }
    return QColor(0x15, 0x65, 0xc0);
}

QColor heat(double share)
{
    const double s = std::clamp(share, 0.0, 1.0);
    // From a pale sand to a deep red through orange.
    const QColor low(0xff, 0xf3, 0xd6);
    const QColor mid(0xff, 0xa7, 0x26);
    const QColor high(0xc6, 0x28, 0x28);
    auto mix = [](const QColor &a, const QColor &b, double t) {
        return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                                float(a.greenF() + (b.greenF() - a.greenF()) * t),
                                float(a.blueF() + (b.blueF() - a.blueF()) * t));
    };
    return s < 0.5 ? mix(low, mid, s * 2) : mix(mid, high, (s - 0.5) * 2);
}

} // namespace sonde::PlanColors
