<#
.SYNOPSIS
    Builds the Windows app image and installer (.msi, or .exe) of the 4S Workbench with JDK 17's jpackage.

.DESCRIPTION
    The Windows twin of installer/build-linux.sh, with the same jpackage options. NOT RUN YET: it was
    written on Linux, where it cannot run; see installer/README.md before relying on it.

    It must run ON Windows: Maven picks the JavaFX jars with the native libraries (javafx-*-win.jar)
    by the operating system the build runs on, and jpackage only makes installers for the system it
    runs on. Needs:
      - JDK 17 (JAVA_HOME, or javac on the PATH); its jpackage, and a runtime linked from it
      - Maven 3.8+ (mvn on the PATH), reaching Maven Central
      - WiX Toolset 3.x (candle.exe and light.exe on the PATH) for -Type msi or exe; JDK 17's jpackage
        does not work with WiX 4 or later. Not needed with -AppImageOnly.

    Steps:
      1. mvn -B -q -DskipTests package (unless -SkipBuild)
      2. app image target\installer\4S-Workbench\ with both launchers, 4S-Workbench.exe and the
         console tool 4S-Workbench-print-sample.exe (writes a Chinese sample PDF; a quick check that
         the packaged runtime prints Chinese: .\4S-Workbench-print-sample.exe sample.pdf)
      3. the installer in target\installer\ (unless -AppImageOnly): Start-menu entry, desktop
         shortcut, a choice of install folder; a fixed upgrade UUID so a newer version replaces an
         older one. Without the print-sample tool unless -IncludePrintSample: JDK 17 gives every
         launcher the Start-menu entry and desktop shortcut (JDK-8269387, fixed in JDK 18).

.PARAMETER Type
    msi (default) or exe.
.PARAMETER SkipBuild
    Reuse target\*.jar and target\lib\ from an earlier mvn package.
.PARAMETER AppImageOnly
    Stop after the app image (no WiX needed).
.PARAMETER IncludePrintSample
    Put 4S-Workbench-print-sample.exe into the installer too (with JDK 17 it then gets shortcuts).

.EXAMPLE
    powershell -ExecutionPolicy Bypass -File installer\build-windows.ps1
.EXAMPLE
    powershell -ExecutionPolicy Bypass -File installer\build-windows.ps1 -Type exe -SkipBuild
#>
[CmdletBinding()]
param(
    [ValidateSet('msi', 'exe')]
    [string]$Type = 'msi',
    [switch]$SkipBuild,
    [switch]$AppImageOnly,
    [switch]$IncludePrintSample
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

# Runs a native program and stops on a non-zero exit code (PowerShell 5.1 does not).
function Invoke-Native {
    param([string]$Program, [string[]]$Arguments)
    & $Program @Arguments
    if ($LASTEXITCODE -ne 0) {
        throw "$Program exited with code $LASTEXITCODE"
    }
}

$Root = (Resolve-Path (Join-Path $PSScriptRoot '..')).Path
$Installer = Join-Path $Root 'installer'
$Target = Join-Path $Root 'target'
$Out = Join-Path $Target 'installer'

# Kept in step with build-linux.sh.
$AppName = '4S-Workbench'
$MainClass = 'com.fours.workbench.app.Launcher'
$Vendor = if ($env:VENDOR) { $env:VENDOR } else { '4S Workbench' }
$Description = 'Workbench for the after-sales service department of a 4S car dealership'
$Modules = @(
    'javafx.controls', 'javafx.fxml', 'javafx.swing', 'java.sql', 'java.naming', 'java.desktop',
    'java.management', 'java.net.http', 'jdk.localedata', 'jdk.charsets', 'jdk.crypto.ec',
    'jdk.unsupported', 'jdk.zipfs', 'jdk.xml.dom', 'java.sql.rowset', 'java.security.jgss', 'jdk.net'
) -join ','
$JlinkOptions = '--strip-debug --no-man-pages --no-header-files --compress=2'
# the workbench's JVM options, the same file `mvn javafx:run` reads, without its comments
$JavaOptions = ((Get-Content (Join-Path $Root 'src\main\jvm\jvm.options')) |
    ForEach-Object { ($_ -replace '#.*$', '').Trim() } | Where-Object { $_ }) -join ' '
# Never change: Windows Installer recognises later versions of the product by it.
$UpgradeUuid = '7d264c14-aa70-4e7d-841c-09664b8c4573'

# --- the JDK -------------------------------------------------------------------------------------
$JdkBin = $null
if ($env:JAVA_HOME -and (Test-Path (Join-Path $env:JAVA_HOME 'bin\jpackage.exe'))) {
    $JdkBin = Join-Path $env:JAVA_HOME 'bin'
} else {
    $Javac = Get-Command javac.exe -ErrorAction SilentlyContinue
    if ($Javac -and (Test-Path (Join-Path (Split-Path $Javac.Source) 'jpackage.exe'))) {
        $JdkBin = Split-Path $Javac.Source
    }
}
if (-not $JdkBin) {
    throw 'No JDK with jpackage found: set JAVA_HOME to a JDK 17'
}
$Jpackage = Join-Path $JdkBin 'jpackage.exe'
Write-Host "JDK at $(Split-Path $JdkBin)"

# --- the application jars ----------------------------------------------------------------------
if (-not $SkipBuild) {
    Write-Host 'mvn package (tests skipped) ...'
    Push-Location $Root
    try {
        Invoke-Native 'mvn' @('-B', '-q', '-DskipTests', 'package')
    } finally {
        Pop-Location
    }
}
$PomProperties = Join-Path $Target 'maven-archiver\pom.properties'
if (-not (Test-Path $PomProperties)) {
    throw "$PomProperties missing: run without -SkipBuild"
}
$Pom = @{}
foreach ($line in Get-Content $PomProperties) {
    if ($line -match '^([^#=]+)=(.*)$') { $Pom[$Matches[1]] = $Matches[2] }
}
$MainJar = "$($Pom['artifactId'])-$($Pom['version']).jar"
if (-not (Test-Path (Join-Path $Target $MainJar))) {
    throw "$Target\$MainJar missing"
}
# jpackage wants numbers: 0.1.0-SNAPSHOT becomes 0.1.0 (an MSI allows at most 255.255.65535)
$AppVersion = ($Pom['version'] -split '-')[0]
if ($AppVersion -notmatch '^\d+(\.\d+){0,2}$') {
    throw "Cannot make a numeric version out of $($Pom['version'])"
}

$JavafxJars = @(Get-ChildItem (Join-Path $Target 'lib') -Filter 'javafx-*-win.jar')
if ($JavafxJars.Count -eq 0) {
    throw "No javafx-*-win.jar in $Target\lib: was the jar built on Windows? (Maven picks the JavaFX natives by the build's OS)"
}
$ModulePath = ($JavafxJars | ForEach-Object { $_.FullName }) -join ';'

# --input: the app jar and every jar that is not JavaFX (JavaFX is linked into the runtime).
$InputDir = Join-Path $Out 'input'
$Image = Join-Path $Out $AppName
foreach ($dir in @($InputDir, $Image)) {
    if (Test-Path $dir) { Remove-Item -Recurse -Force $dir }
}
New-Item -ItemType Directory -Force -Path $InputDir | Out-Null
Copy-Item (Join-Path $Target $MainJar) $InputDir
Get-ChildItem (Join-Path $Target 'lib') -Filter '*.jar' |
    Where-Object { $_.Name -notlike 'javafx-*' } |
    ForEach-Object { Copy-Item $_.FullName $InputDir }

$Common = @(
    '--name', $AppName,
    '--app-version', $AppVersion,
    '--vendor', $Vendor,
    '--description', $Description,
    '--icon', (Join-Path $Installer 'icons\4s-workbench.ico'),
    '--input', $InputDir,
    '--main-jar', $MainJar,
    '--main-class', $MainClass,
    '--module-path', $ModulePath,
    '--add-modules', $Modules,
    '--jlink-options', $JlinkOptions,
    # the JVM options `mvn javafx:run` reads (decisions 0069, 0076); the class-data archive of
    # build-linux.sh (decision 0070) is not made here yet
    '--java-options', $JavaOptions
)
$PrintSample = @('--add-launcher', "$AppName-print-sample=$(Join-Path $Installer 'launchers\print-sample.properties')")

# --- app image ------------------------------------------------------------------------------------
Write-Host "jpackage --type app-image ($AppName $AppVersion) ..."
Invoke-Native $Jpackage (@('--type', 'app-image', '--dest', $Out) + $Common + $PrintSample)
$Size = (Get-ChildItem $Image -Recurse -File | Measure-Object -Property Length -Sum).Sum / 1MB
Write-Host ("App image: {0} ({1:N0} MB)" -f $Image, $Size)

# --- installer ------------------------------------------------------------------------------------
if (-not $AppImageOnly) {
    foreach ($tool in @('candle.exe', 'light.exe')) {
        if (-not (Get-Command $tool -ErrorAction SilentlyContinue)) {
            throw "$tool not on the PATH: install WiX Toolset 3.x (e.g. 3.14) and add its bin folder to the PATH"
        }
    }
    $Package = @(
        '--type', $Type,
        '--dest', $Out,
        '--win-menu',
        '--win-menu-group', '4S Workbench',
        '--win-shortcut',
        '--win-dir-chooser',
        '--win-upgrade-uuid', $UpgradeUuid
    )
    # From --input again rather than --app-image, so the installer can leave out the print-sample tool.
    $Launchers = if ($IncludePrintSample) { $PrintSample } else { @() }
    Write-Host "jpackage --type $Type ..."
    Invoke-Native $Jpackage ($Package + $Common + $Launchers)
    Get-ChildItem $Out -Filter "$AppName-$AppVersion.$Type" | ForEach-Object {
        Write-Host ("Installer: {0} ({1:N0} MB)" -f $_.FullName, ($_.Length / 1MB))
    }
}
