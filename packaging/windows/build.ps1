# Builds Hirefile for Windows: the one-folder bundle, then (with Inno Setup 6 installed) the
# installer. Run from anywhere in PowerShell:
#
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
#
# Needs Python 3.10+ from python.org (the "py" launcher) and, for the installer, Inno Setup 6
# (iscc.exe on PATH or in its default folder). Output:
#   build\bundle\dist\hirefile\   hirefile.exe (command line), hirefilew.exe (the app)
#   dist\Hirefile-VERSION-setup.exe
$ErrorActionPreference = "Stop"
$root = Resolve-Path (Join-Path $PSScriptRoot "..\..")
Set-Location $root

$venv = Join-Path $root "build\bundle-venv"
$py = Join-Path $venv "Scripts\python.exe"
if (-not (Test-Path $py)) {
    py -3 -m venv $venv
    if ($LASTEXITCODE -ne 0) { throw "could not make the build venv (is Python 3.10+ installed?)" }
}
& $py -m pip install -q --disable-pip-version-check -e ".[bundle]"
if ($LASTEXITCODE -ne 0) { throw "pip install -e .[bundle] failed" }

$version = & $py -c "import hirefile; print(hirefile.__version__)"
& $py -m PyInstaller --noconfirm --log-level WARN `
    --distpath build\bundle\dist --workpath build\bundle\work packaging\bundle\hirefile.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }
& $py packaging\bundle\fingerprint.py | Out-File -Encoding ascii build\bundle\dist\hirefile\BUILT-FROM
& build\bundle\dist\hirefile\hirefile.exe --version

$iscc = Get-Command iscc.exe -ErrorAction SilentlyContinue
if ($iscc) { $iscc = $iscc.Source }
elseif (Test-Path "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe") { $iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
if (-not $iscc) {
    Write-Host "Inno Setup 6 not found: the bundle is in build\bundle\dist\hirefile (no installer made)"
    exit 0
}
New-Item -ItemType Directory -Force dist | Out-Null
& $iscc /Qp "/DAppVersion=$version" "/DRoot=$root" packaging\windows\hirefile.iss
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }
Write-Host "installer: dist\Hirefile-$version-setup.exe"
