result:solve["go go go go"];
show result;
