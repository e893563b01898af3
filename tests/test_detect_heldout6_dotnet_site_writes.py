"""ASP.NET Core: a GET-only site that writes through repositories keeps its data (set 6, #19).

A single sign-on host renders MVC views and every route of it is a GET (the identity provider
posts to a middleware, not to a controller), but its sign-in callback provisions the user it
signs in: `_userRepository.CreateAsync(user)`, `_membershipRepository.ReplaceAsync(…)`. It
writes the product's database through the library a writing API host shares, so it is no
read-only preview (`dotnet_sites._STORES`) and keeps that data. Counter-case: the preview that
only reads (set 186's shape) stays a UI."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_heldout186_dotnet_sites import _solution
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_SIGN_IN = """using Microsoft.AspNetCore.Mvc;

public class AccountController : Controller
{
    private readonly IUserRepository _userRepository;

    public AccountController(IUserRepository userRepository)
    {
        _userRepository = userRepository;
    }

    [HttpGet]
    public IActionResult Login(string returnUrl) => View();

    [HttpGet]
    public async Task<IActionResult> ExternalCallback()
    {
        var user = new User { Email = User.Identity.Name };
        await _userRepository.CreateAsync(user);
        return Redirect("/");
    }
}
"""


def test_a_get_only_site_writing_a_repository_keeps_its_data(tmp_path: Path) -> None:
    files = _solution()
    files["WebSite/Controllers/AccountController.cs"] = _SIGN_IN
    found = by_folder(write(tmp_path, files))
    assert first(found["WebSite"], K.FRAMEWORK)[0] == "ASP.NET Core"
    assert first(found["WebSite"], K.DATABASE)[0] == "SQL Server"


def test_a_site_reading_a_repository_stays_a_ui(tmp_path: Path) -> None:
    # Counter-case: a repository only read (`GetByIdAsync`) is no write.
    files = _solution()
    files["WebSite/Controllers/AccountController.cs"] = _SIGN_IN.replace(
        "await _userRepository.CreateAsync(user);", "await _userRepository.GetByIdAsync(1);"
    )
    assert "WebSite" not in by_folder(write(tmp_path, files))
