result:solve[12345];
show result;
