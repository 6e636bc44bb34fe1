"""A list model over plain dict rows: QML reads each key as a role."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Property, QAbstractListModel, QByteArray, QModelIndex, QPersistentModelIndex, Qt, Signal

Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractListModel):
    """Rows keep their order and a key; a refresh with the same keys only signals the rows that changed."""

    countChanged = Signal()

    def __init__(self, roles: tuple[str, ...], key: str, parent: Any = None) -> None:
        super().__init__(parent)
        self._names = roles
        self._key = key
        self._rows: list[dict[str, Any]] = []

    def roleNames(self) -> dict[int, QByteArray]:
        return {Qt.ItemDataRole.UserRole + i: QByteArray(n.encode()) for i, n in enumerate(self._names)}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008  (Qt's own default)
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        i = role - Qt.ItemDataRole.UserRole
        if role == Qt.ItemDataRole.DisplayRole:
            i = 0
        if not 0 <= i < len(self._names):
            return None
        return self._rows[index.row()].get(self._names[i])

    @property
    def rows(self) -> list[dict[str, Any]]:
        return list(self._rows)

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        if [r[self._key] for r in rows] == [r[self._key] for r in self._rows]:
            for i, (old, new) in enumerate(zip(self._rows, rows, strict=True)):
                if old != new:
                    self._rows[i] = new
                    self.dataChanged.emit(self.index(i), self.index(i))
            return
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()
        self.countChanged.emit()

    count = Property(int, lambda self: len(self._rows), notify=countChanged)
