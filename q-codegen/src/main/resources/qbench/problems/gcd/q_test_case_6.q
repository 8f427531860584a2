result:solve[270;192];
show result;
