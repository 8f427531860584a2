result:solve[([] score:91 78 85 60; name:`anna`bert`cleo`dave);60];
show result;
