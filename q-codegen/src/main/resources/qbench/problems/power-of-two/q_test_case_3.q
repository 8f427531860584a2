result:solve[18];
show result;
