result:solve[3;2];
show result;
