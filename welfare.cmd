@echo off
rem The welfare command line on Windows: runs welfare-examples\target\welfare.jar, building it first when it is
rem missing. It does not look for sources newer than the jar (./welfare does): after a git pull, rebuild with
rem   mvnw.cmd -q package -DskipTests
rem or delete welfare-examples\target\welfare.jar and the next welfare.cmd builds it.
rem Usage: welfare COMMAND [OPTIONS]   (welfare --help lists the commands)
setlocal
set "here=%~dp0"
set "jar=%here%welfare-examples\target\welfare.jar"
if not exist "%jar%" (
    echo welfare: building %jar% once ^(mvnw.cmd package -DskipTests^)... 1>&2
    pushd "%here%"
    call mvnw.cmd -q -B package -DskipTests 1>&2
    popd
    if not exist "%jar%" exit /b 1
)
java -jar "%jar%" %*
exit /b %ERRORLEVEL%
