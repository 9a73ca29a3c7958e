"""The reader's export (`e`): the safe writer, a y/n question before overwriting, refusals."""

from __future__ import annotations

import os
import stat

from briefing.tui.screens.export import ExportScreen, OverwriteScreen
from tests.tui.helpers import SIZE


async def export(app, pilot, keys=()) -> None:
    await pilot.press("e")
    assert isinstance(app.screen, ExportScreen)
    await pilot.press("enter", *keys)
    await app.workers.wait_for_complete()
    await pilot.pause()


async def test_existing_file_is_kept_on_n_and_overwritten_on_y(make_app, config):
    target = config.export_path
    target.parent.mkdir(parents=True)
    target.write_text("keep me\n", "utf-8")
    target.chmod(0o600)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("e", "enter")
        assert isinstance(app.screen, OverwriteScreen)
        await pilot.press("n")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert target.read_text("utf-8") == "keep me\n"
        assert any("kept" in n.message for n in app._notifications)
        await export(app, pilot, ["y"])
        assert "Ports plan agreed in Valdora" in target.read_text("utf-8")
        assert stat.S_IMODE(target.stat().st_mode) == 0o600  # the existing mode is kept


async def test_new_file_written_without_a_question(make_app, config):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await export(app, pilot)
        assert not isinstance(app.screen, OverwriteScreen)
        assert config.export_path.is_file()


async def test_fifo_and_symlink_targets_are_refused_in_one_line(make_app, config, tmp_path):
    config.export_path.parent.mkdir(parents=True)
    os.mkfifo(config.export_path)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await export(app, pilot)
        assert not isinstance(app.screen, OverwriteScreen)
        assert stat.S_ISFIFO(os.lstat(config.export_path).st_mode)  # left alone
        refused = [n.message for n in app._notifications if "refused" in n.message]
        assert refused and "not a regular file (FIFO)" in refused[0]
        assert "\n" not in refused[0]
    config.export_path.unlink()
    real = tmp_path / "real.md"
    real.write_text("real\n", "utf-8")
    config.export_path.symlink_to(real)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await export(app, pilot)
        assert config.export_path.is_symlink() and real.read_text("utf-8") == "real\n"
        assert any("symlink" in n.message for n in app._notifications)
