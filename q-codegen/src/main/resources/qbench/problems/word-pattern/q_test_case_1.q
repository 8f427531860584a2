result:solve["abba";"dog cat cat dog"];
show result;
