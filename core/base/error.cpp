#include "error.h"

namespace grab {

int exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Usage:
        return 2;
    case ErrorCode::NotOpen:
        return 3;
    case ErrorCode::Refused:
        return 4;
    case ErrorCode::NotFound:
        return 5;
    case ErrorCode::DatabaseUnusable:
        return 6;
    case ErrorCode::InvalidInput:
        return 7;
    case ErrorCode::Internal:
        break;
    }
    return 1;
}

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Usage:
        return QStringLiteral("usage");
    case ErrorCode::NotOpen:
        return QStringLiteral("not_open");
    case ErrorCode::Refused:
        return QStringLiteral("refused");
    case ErrorCode::NotFound:
        return QStringLiteral("not_found");
    case ErrorCode::DatabaseUnusable:
        return QStringLiteral("database_unusable");
    case ErrorCode::InvalidInput:
        return QStringLiteral("invalid_input");
    case ErrorCode::Internal:
        break;
    }
    return QStringLiteral("internal");
}

} // namespace grab
