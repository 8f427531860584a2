result:solve[3;7];
show result;
