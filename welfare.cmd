@echo off
rem The welfare command line on Windows: runs welfare-examples\target\welfare.jar, building it first when it is
rem missing or older than any pom.xml or file under a module's src\ (after a git pull, say), as ./welfare does.
rem cmd.exe cannot compare file times, so welfare-examples\src\launcher\StaleJar.java (run by java as a source file,
rem no build needed) decides.
rem Usage: welfare COMMAND [OPTIONS]   (welfare --help lists the commands)
setlocal
set "here=%~dp0"
set "jar=%here%welfare-examples\target\welfare.jar"
set "why="
for /f "delims=" %%w in ('java "%here%welfare-examples\src\launcher\StaleJar.java" "%jar%" "%here%."') do set "why=%%w"
if defined why (
    echo welfare: building %jar%, as %why% ^(mvnw.cmd package -DskipTests^)... 1>&2
    pushd "%here%"
    rem Maven's own progress (each module as it builds), without the lines of every download
    call mvnw.cmd -B --no-transfer-progress package -DskipTests 1>&2
    popd
    if not exist "%jar%" exit /b 1
    rem the jar is now newer than every source, even when the build left it as it was
    copy /b "%jar%"+,, "%jar%" >nul
)
java -jar "%jar%" %*
exit /b %ERRORLEVEL%
