@echo off
rem protovet launcher for Windows. JAVA_HOME picks the Java runtime; PROTOVET_JAVA_OPTS adds JVM options.
set "PROTOVET_HOME=%~dp0.."
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java") else (set "JAVA=java")
"%JAVA%" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:-UsePerfData %PROTOVET_JAVA_OPTS% "-Dprotovet.protoc=%PROTOVET_HOME%\protoc\protoc" -cp "%PROTOVET_HOME%\lib\*" dev.protovet.cli.Main %*
